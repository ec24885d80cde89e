// Formatting extreme float64/float32 values (denormals, max, 1/3) with every
// float verb, precision and flag.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []float64{5e-324, 1e-320, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e21, 1e-6, 123.456e10, -0.000123}
	for _, v := range vals {
		fmt.Printf("%v|%g|%.30g|%.20f|%.0e|%10.3e|%G\n", v, v, v, v, v, v, v)
		fmt.Println(v, float32(v))
	}
	f32s := []float32{3.4028235e38, 1.4e-45, 0.1, 16777217, 1.0 / 3}
	for _, v := range f32s {
		fmt.Printf("%v %g %.10f %e\n", v, v, v, v)
		fmt.Println(v, float64(v))
	}
	fmt.Println(strconv.Itoa(int(1e18)), fmt.Sprint(1e18), fmt.Sprint(float32(1e18)))
	fmt.Printf("%6.2f%%|%-+8.3g|%#g|%#.3x\n", 99.5, 3.14159, 1.0, 255)
	fmt.Printf("%x %X %.3x\n", 1.5, -2.25, 3.0)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%8.3v|%-8.3v|%+v\n", 3.14159, 2.71828, 1.5)
}
