// Division and remainder of negative operands in every integer width,
// constant and variable divisors, and power-of-two divisors.
package main

import "fmt"

func main() {
	nums := []int{7, -7, 0, 1, -1, 13, -13, 100, -100}
	divs := []int{2, -2, 3, -3, 4, -4, 8, 7}
	for _, n := range nums {
		for _, d := range divs {
			fmt.Printf("%d/%d=%d %d%%%d=%d  ", n, d, n/d, n, d, n%d)
		}
		fmt.Println()
	}
	var a8 int8 = -128
	var b8 int8 = 3
	fmt.Println(a8/b8, a8%b8, a8/-1, a8%-1)
	var a16 int16 = -32767
	fmt.Println(a16/4, a16%4, a16/-16, a16%16)
	var a32 int32 = -1000000007
	fmt.Println(a32/8, a32%8, a32>>3, a32&7)
	var a64 int64 = -9223372036854775807
	fmt.Println(a64/1024, a64%1024, a64/-1000000, a64%-1000000)
	var u uint = 17
	fmt.Println(u/4, u%4, u/16, u%16)
	x := -17
	fmt.Println(x/4, x%4, x/-4, x%-4, x/16, x%16, x/1, x%1)
	const k = -17
	fmt.Println(k/4, k%4, k/-4, k%-4)
	f := -7.5
	fmt.Println(f/2, int(f)/2, int(f/2))
	mod := func(a, b int) int { return ((a % b) + b) % b }
	fmt.Println(mod(-7, 3), mod(7, 3), mod(-9, 3))
}
