// Integer overflow wraparound in loops, multiplication, negation of the
// minimum value, unsigned subtraction, and conversions that truncate.
package main

import "fmt"

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func lcg(seed uint64, n int) []uint64 {
	out := make([]uint64, n)
	for i := range out {
		seed = seed*6364136223846793005 + 1442695040888963407
		out[i] = seed >> 33
	}
	return out
}

func main() {
	fmt.Println(fnv(""), fnv("a"), fnv("hello world"))
	fmt.Println(lcg(42, 4))
	var i8 int8 = 127
	i8++
	fmt.Println(i8, -i8, i8-1)
	var mn int64 = -1 << 63
	fmt.Println(mn, -mn, mn/-1, mn%-1)
	var i32 int32 = -2147483648
	fmt.Println(i32/-1, -i32)
	var u uint = 0
	u--
	fmt.Println(u, u+2)
	var u16 uint16 = 65535
	u16 += 10
	fmt.Println(u16)
	x := 1
	for i := 0; i < 70; i++ {
		x *= 3
	}
	fmt.Println(x)
	big := int64(1234567890123)
	fmt.Println(int32(big), int16(big), int8(big), uint8(big), uint32(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	f := 3.99
	fmt.Println(int(f), int(-f), uint8(int(f)))
	var acc uint8
	for i := 0; i < 1000; i++ {
		acc += uint8(i)
	}
	fmt.Println(acc)
	var h int32 = 0
	for _, c := range "overflow" {
		h = 31*h + int32(c)
	}
	fmt.Println(h)
	a, b := int16(300), int16(200)
	fmt.Println(a*b, int32(a)*int32(b))
	var m uint32 = 1 << 31
	fmt.Println(m*2, m+m-1)
}
