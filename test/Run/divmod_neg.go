// Integer division truncates toward zero and the remainder takes the
// sign of the dividend, at every width; a floor-mod helper built on it.
package main

import "fmt"

func floorMod(a, b int) int {
	m := a % b
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	}
	return m
}

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {-1, 3}, {9, 9}, {-9, 10}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Println(a, b, "quo", a/b, "rem", a%b, "floorMod", floorMod(a, b))
	}
	fmt.Println(int8(-7)/2, int8(-7)%2, int16(-300)/7, int16(-300)%7)
	fmt.Println(int32(-1000000)/3, int32(-1000000)%3, int64(-1)<<40/3, (int64(-1)<<40)%3)
	fmt.Println(uint8(250)/7, uint8(250)%7, uint32(4000000000)/3, uint32(4000000000)%3)
	var d int = -3
	fmt.Println("x/d, x%d for d=-3:")
	for x := -6; x <= 6; x += 2 {
		fmt.Print(" ", x/d, ":", x%d)
	}
	fmt.Println()
	// Division by powers of two must not be a plain shift for negatives.
	for _, x := range []int{-1, -2, -3, -15, -16, -17} {
		fmt.Println(x, x/4, x%4, x/16, x%16)
	}
	m := -2147483648
	fmt.Println(m/2, m%7, int32(m)/-1)
}
