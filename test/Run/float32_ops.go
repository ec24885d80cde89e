// float32 arithmetic rounds every operation to single precision;
// comparisons with float64 results, accumulating error, conversions.
package main

import "fmt"

func main() {
	var s32 float32
	var s64 float64
	for i := 0; i < 1000; i++ {
		s32 += 0.1
		s64 += 0.1
	}
	fmt.Println(s32, s64, float64(s32) == s64)
	a := float32(16777216)
	fmt.Println(a+1, a+2, a+1 == a)
	b := float32(1) / 3
	fmt.Println(b, b*3, float64(b)*3)
	x := float32(1.1)
	fmt.Println(x*x, float64(x)*float64(x), float64(x*x))
	big := float32(3e38)
	fmt.Println(big*10, -big*10)
	tiny := float32(1e-40)
	fmt.Println(tiny, tiny/1e10)
	var h float32 = 0.5
	for i := 0; i < 10; i++ {
		h = h*h + 0.25
	}
	fmt.Println("iterate:", h)
	f := 2.675
	fmt.Println(float32(f), float64(float32(f)))
	fmt.Printf("%.3f %.3f\n", float32(f), f)
}
