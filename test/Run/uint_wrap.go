// Unsigned arithmetic of every width: subtraction underflow, comparison
// of wrapped values, counting down loops and mixed conversions.
package main

import "fmt"

func main() {
	var a8 uint8 = 3
	var a16 uint16 = 3
	var a32 uint32 = 3
	var a64 uint64 = 3
	var a uint = 3
	fmt.Println(a8-5, a16-5, a32-5, a64-5, a-5)
	fmt.Println(a8*200, a16*30000, a32*2000000000, a64*7000000000000000000)
	count := 0
	for i := uint8(250); i != 4; i++ {
		count++
	}
	fmt.Println("iterations 250..3 wrapping:", count)
	var s []uint16
	for v := uint16(5); v < 100; v -= 2 {
		s = append(s, v)
	}
	fmt.Println("count down until wrap:", s)
	x := uint32(0xdeadbeef)
	fmt.Println(x, x>>16, x&0xffff, uint8(x), uint16(x), int32(x), int8(x))
	var d uint64 = 10
	fmt.Println("10/3 =", d/3, "10%3 =", d%3, "(0-10)/3 =", (0-d)/3)
	ff := uint8(255)
	fmt.Println(ff > uint8(0), int8(ff) > 0)
	var total uint16
	for i := 0; i < 300; i++ {
		total += uint16(i * i)
	}
	fmt.Println("sum of squares mod 2^16 =", total)
}
