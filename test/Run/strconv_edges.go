// strconv.Atoi / Itoa edge cases: signs, overflow, empty strings, leading
// zeros, whitespace; error messages and their types.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"0", "-0", "+7", "007", "-42", "", " 1", "1 ", "12a",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "99999999999999999999", "0x10", "1_000", "+", "-"}
	for _, s := range inputs {
		n, err := strconv.Atoi(s)
		if err != nil {
			fmt.Printf("%q -> %d, error: %v\n", s, n, err)
			fmt.Printf("   %T\n", err)
			continue
		}
		fmt.Printf("%q -> %d\n", s, n)
	}
	for _, n := range []int{0, 1, -1, 1234567890, -9223372036854775808, 9223372036854775807} {
		s := strconv.Itoa(n)
		fmt.Println(s, len(s))
	}
	round := 0
	for i := -1000; i <= 1000; i += 7 {
		v, err := strconv.Atoi(strconv.Itoa(i))
		if err != nil || v != i {
			fmt.Println("mismatch", i)
		}
		round++
	}
	fmt.Println("roundtrips", round)
	fmt.Printf("%q\n", "tab\there \"q\" é \x00")
	_, e1 := strconv.Atoi("x")
	_, e2 := strconv.Atoi("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
}
