// int64/uint64/int/uint wraparound: factorials past overflow, MinInt64
// corner cases, xorshift random numbers.
package main

import "fmt"

func xorshift(x uint64) uint64 {
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	return x
}

func main() {
	f := int64(1)
	for i := int64(1); i <= 25; i++ {
		f *= i
		if i >= 19 {
			fmt.Println(i, "! =", f)
		}
	}
	var max int64 = 1<<63 - 1
	min := -max - 1
	fmt.Println(max, min, max+1 == min, -min == min)
	fmt.Println("min/-1 =", min/-1, "min%-1 =", min%-1)
	var u uint64 = 1<<64 - 1
	fmt.Println(u, u+1, u*u, u/3)
	x := uint64(88172645463325252)
	for i := 0; i < 5; i++ {
		x = xorshift(x)
		fmt.Println("xorshift:", x, x%1000)
	}
	var i int = 9223372036854775807
	i++
	fmt.Println("int wrap:", i)
	var ui uint = 0
	ui--
	fmt.Println("uint wrap:", ui)
	var p uintptr = 0
	p--
	fmt.Println("uintptr wrap:", p)
	fmt.Println("int64(uint64 max) =", int64(u), "uint64(-1) =", uint64(min+max))
}
