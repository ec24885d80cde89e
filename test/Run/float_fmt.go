// Float formatting through fmt: %v, %g, %e, %f, %.Nf, widths, float32
// shortest representation, infinities, NaN and negative zero.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123.456, -0.000123, 6.02214076e23}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%f|%.2f|%10.3f|%-10.1e|%G|%E\n", v, v, v, v, v, v, v, v, v)
	}
	var f32s = []float32{0.1, 1.0 / 3, 16777216, 3.4e38, 1e-45}
	for _, f := range f32s {
		fmt.Println(f, float64(f))
		fmt.Printf("%v %g %.3e\n", f, f, f)
	}
	z := 0.0
	inf, nan := 1/z, z/z
	fmt.Println(inf, -inf, nan)
	fmt.Printf("%f %e %g %5.1f|\n", inf, -inf, nan, inf)
	fmt.Printf("%+.3f %+g % f\n", 3.14159, 2.0, 1.5)
	fmt.Printf("%08.3f|%-8.2f|%8.0f|\n", -3.14159, 2.5, 2.5)
	fmt.Println(fmt.Sprint(1.0), fmt.Sprint(1e100), fmt.Sprintf("%.0f", 0.5), fmt.Sprintf("%.0f", 1.5))
	fmt.Println(-z, 1/(-z))
	fmt.Printf("%v %.10g %.17g\n", 0.1+0.2, 0.1+0.2, 0.1+0.2)
}
