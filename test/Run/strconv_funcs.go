// strconv.Itoa and strconv.Atoi: signs, limits, errors for invalid and
// out-of-range input, round trips.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, n := range []int{0, 7, -7, 1234567890, -9223372036854775808, 9223372036854775807} {
		s := strconv.Itoa(n)
		m, err := strconv.Atoi(s)
		fmt.Println(s, len(s), m == n, err)
	}
	inputs := []string{"42", "-42", "+17", "007", "", "12a", "abc", " 1", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1_000", "0x10", "-0"}
	for _, in := range inputs {
		v, err := strconv.Atoi(in)
		if err != nil {
			fmt.Printf("Atoi(%q) error: %v\n", in, err)
			continue
		}
		fmt.Printf("Atoi(%q) = %d\n", in, v)
	}
	total := 0
	for _, f := range []string{"10", "20", "x", "30"} {
		if v, err := strconv.Atoi(f); err == nil {
			total += v
		}
	}
	fmt.Println("total", total)
	s := ""
	for i := 9; i >= 0; i-- {
		s += strconv.Itoa(i)
	}
	fmt.Println(s)
}
