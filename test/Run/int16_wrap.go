// int16/uint16 wraparound, including the running products of a
// linear-congruential generator computed in 16 bits.
package main

import "fmt"

func lcg16(seed uint16, n int) []uint16 {
	out := make([]uint16, 0, n)
	for i := 0; i < n; i++ {
		seed = seed*25173 + 13849
		out = append(out, seed)
	}
	return out
}

func main() {
	var a int16 = 32767
	a += 1
	fmt.Println("32767+1 =", a)
	var b int16 = -32768
	fmt.Println("-(-32768) =", -b, "b-1 =", b-1)
	fmt.Println(lcg16(1, 8))
	var h int16 = 1
	for i := 0; i < 20; i++ {
		h = h*31 + int16(i)
	}
	fmt.Println("hash16 =", h)
	var u uint16 = 65535
	u++
	fmt.Println("65535+1 =", u)
	u -= 2
	fmt.Println("0-2 =", u)
	for _, v := range []int32{70000, -70000, 32768, -32769, 65536, 65535} {
		fmt.Printf("%d -> int16 %d uint16 %d\n", v, int16(v), uint16(v))
	}
	x, y := int16(300), int16(300)
	fmt.Println("300*300 =", x*y, "as int:", int(x)*int(y))
	mn, m1 := int16(-32768), int16(-1)
	fmt.Println("div:", mn/m1, "mod:", mn%m1)
}
