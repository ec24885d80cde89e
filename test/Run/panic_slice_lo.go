// A low bound beyond the length when the high bound is omitted.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	lo := 5
	fmt.Println(s[3:])
	fmt.Println(s[lo:])
}
