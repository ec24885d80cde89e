// Prints cap() after append for element sizes 1..64, two structs, and
// 100/1000-byte arrays under five append patterns; its output under Go 1.19
// is GrowsliceGC.inc. Regenerate:
//   GO111MODULE=off go run growslice_caps.go
package main

import ("fmt"; "strings")

func caps[T any](name string, size int) {
	var lines []string
	// P1: one at a time from nil.
	{ var s []T; var cs []string; last := -1; var z T
	  for i := 0; i < 3000; i++ { s = append(s, z); if cap(s) != last { last = cap(s); cs = append(cs, fmt.Sprint(last)) } }
	  lines = append(lines, "p1:"+strings.Join(cs, ",")) }
	// P2: five at a time from nil.
	{ var s []T; var cs []string; last := -1; var z T
	  for i := 0; i < 600; i++ { s = append(s, z, z, z, z, z); if cap(s) != last { last = cap(s); cs = append(cs, fmt.Sprint(last)) } }
	  lines = append(lines, "p2:"+strings.Join(cs, ",")) }
	// P3: one at a time from make(len 0, cap 3).
	{ s := make([]T, 0, 3); var cs []string; last := -1; var z T
	  for i := 0; i < 1000; i++ { s = append(s, z); if cap(s) != last { last = cap(s); cs = append(cs, fmt.Sprint(last)) } }
	  lines = append(lines, "p3:"+strings.Join(cs, ",")) }
	// P4: chunks.
	{ var s []T; var cs []string
	  for _, k := range []int{3, 17, 100, 1, 600, 2000, 5000, 1, 1} { s = append(s, make([]T, k)...); cs = append(cs, fmt.Sprint(cap(s))) }
	  lines = append(lines, "p4:"+strings.Join(cs, ",")) }
	// P5: from make(len 7, cap 7), append 1, then len 300 cap 300 append 1.
	{ var cs []string; var z T
	  for _, n := range []int{7, 255, 256, 300, 1000, 4097} { s := make([]T, n); s = append(s, z); cs = append(cs, fmt.Sprint(cap(s))) }
	  lines = append(lines, "p5:"+strings.Join(cs, ",")) }
	fmt.Printf("%s %d %s\n", name, size, strings.Join(lines, " "))
}

func main() {
	caps[[1]byte]("b1", 1)
	caps[[2]byte]("b2", 2)
	caps[[3]byte]("b3", 3)
	caps[[4]byte]("b4", 4)
	caps[[5]byte]("b5", 5)
	caps[[6]byte]("b6", 6)
	caps[[7]byte]("b7", 7)
	caps[[8]byte]("b8", 8)
	caps[[9]byte]("b9", 9)
	caps[[10]byte]("b10", 10)
	caps[[11]byte]("b11", 11)
	caps[[12]byte]("b12", 12)
	caps[[13]byte]("b13", 13)
	caps[[14]byte]("b14", 14)
	caps[[15]byte]("b15", 15)
	caps[[16]byte]("b16", 16)
	caps[[17]byte]("b17", 17)
	caps[[18]byte]("b18", 18)
	caps[[19]byte]("b19", 19)
	caps[[20]byte]("b20", 20)
	caps[[21]byte]("b21", 21)
	caps[[22]byte]("b22", 22)
	caps[[23]byte]("b23", 23)
	caps[[24]byte]("b24", 24)
	caps[[25]byte]("b25", 25)
	caps[[26]byte]("b26", 26)
	caps[[27]byte]("b27", 27)
	caps[[28]byte]("b28", 28)
	caps[[29]byte]("b29", 29)
	caps[[30]byte]("b30", 30)
	caps[[31]byte]("b31", 31)
	caps[[32]byte]("b32", 32)
	caps[[33]byte]("b33", 33)
	caps[[34]byte]("b34", 34)
	caps[[35]byte]("b35", 35)
	caps[[36]byte]("b36", 36)
	caps[[37]byte]("b37", 37)
	caps[[38]byte]("b38", 38)
	caps[[39]byte]("b39", 39)
	caps[[40]byte]("b40", 40)
	caps[[41]byte]("b41", 41)
	caps[[42]byte]("b42", 42)
	caps[[43]byte]("b43", 43)
	caps[[44]byte]("b44", 44)
	caps[[45]byte]("b45", 45)
	caps[[46]byte]("b46", 46)
	caps[[47]byte]("b47", 47)
	caps[[48]byte]("b48", 48)
	caps[[49]byte]("b49", 49)
	caps[[50]byte]("b50", 50)
	caps[[51]byte]("b51", 51)
	caps[[52]byte]("b52", 52)
	caps[[53]byte]("b53", 53)
	caps[[54]byte]("b54", 54)
	caps[[55]byte]("b55", 55)
	caps[[56]byte]("b56", 56)
	caps[[57]byte]("b57", 57)
	caps[[58]byte]("b58", 58)
	caps[[59]byte]("b59", 59)
	caps[[60]byte]("b60", 60)
	caps[[61]byte]("b61", 61)
	caps[[62]byte]("b62", 62)
	caps[[63]byte]("b63", 63)
	caps[[64]byte]("b64", 64)
	caps[struct{ p *int; a, b int64 }]("s24", 24)
	caps[struct{ s string; p *int; a, b int64 }]("s40", 40)
	caps[[100]byte]("b100", 100)
	caps[[1000]byte]("b1000", 1000)
}
