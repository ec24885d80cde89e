// println/print format floats as Go's runtime does (+d.dddddde+ddd) and
// write to stderr; the same values through fmt go to stdout.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1, 1.5, 0.1, 100, 123456789, 1e-7, 1e21, -2.5e-300}
	for _, v := range vals {
		println(v)
		fmt.Println(v)
	}
	zero := 0.0
	println(1/zero, -1/zero, zero/zero)
	fmt.Println(1/zero, -1/zero, zero/zero)
	var f32 float32 = 0.1
	println(f32, float64(f32))
	fmt.Println(f32, float64(f32))
	println("mixed:", 3, true, 2.25, "x", 'a')
	print("no spaces:", 1, 2, 3.0, "\n")
	negz := -zero
	println(negz, 1/negz)
	fmt.Println(negz, 1/negz)
}
