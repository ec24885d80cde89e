// Slicing beyond capacity through a re-slice of a sub-slice panics with
// the capacity in the message.
package main

import "fmt"

func window(s []int, lo, hi int) []int { return s[lo:hi] }

func main() {
	base := make([]int, 5, 8)
	sub := base[2:4]
	fmt.Println(len(sub), cap(sub))
	fmt.Println(window(sub, 0, 6))
	fmt.Println(window(sub, 1, 7))
}
