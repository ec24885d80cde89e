package main

import "fmt"

// Untyped constant shift counts written as floats (2.0, 1e1) are
// integers: they shift every integer type, in expressions, op-assignments
// and index expressions.

type Flags uint16

func main() {
	var i uint = 200
	x := 1
	var i8 int8 = -64
	var u64 uint64 = 1 << 63
	fmt.Println(i>>3.0, x<<2.0, int64(-8)>>1.0, i8>>2.0, u64>>6e1, Flags(3)<<1e1)
	i >>= 2.0
	x <<= 'b' - 'a' + 1.0
	fmt.Println(i, x)
	const c = 1 << 3.0
	s := []int{1, 2, 3, 4}
	fmt.Println(c, s[i>>5.0], s[len(s)>>1.0], uint8(i)<<4.0>>4.0)
	var f float64 = 1 << 2.0
	fmt.Println(f, 1.0<<3.0, c>>1.0)
}
