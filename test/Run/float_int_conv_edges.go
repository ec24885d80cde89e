// Conversions of out-of-range and NaN floats to integers (amd64 results),
// uint64 conversions above 2^63, and wraparound-based overflow checks.
package main

import "fmt"

//go:noinline
func id(f float64) float64 { return f }

func overflowCheck(x int32) bool { return x+1 < x }
func overflowCheck64(x int) bool { return x+1 < x }
func mulCheck(a, b int64) bool  { return a != 0 && (a*b)/a != b }

func main() {
	fmt.Println(overflowCheck(2147483647), overflowCheck(5), overflowCheck64(9223372036854775807))
	fmt.Println(mulCheck(1<<40, 1<<40), mulCheck(3, 4))
	n := 0
	for i := int8(120); i > 0; i++ {
		n++
	}
	fmt.Println("loop ran", n)
	var u uint8 = 250
	c := 0
	for ; u != 4; u++ {
		c++
	}
	fmt.Println(c)
	for _, f := range []float64{1e20, -1e20, 3e9, -3e9, 1e10, -1.5, 4294967296.5} {
		fmt.Println(f, int64(id(f)), int32(id(f)), uint32(id(f)), uint8(id(f)), int(id(f)))
	}
	fmt.Println(uint64(id(-1)), uint64(id(1e19)), uint64(id(2e19)))
	var zero float64
	nan := zero / zero
	fmt.Println(int64(nan), int32(nan), uint64(nan))
}
