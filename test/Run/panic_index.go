// An out-of-range index panics with the index and the length; the output
// printed before the panic is flushed first.
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	fmt.Println("before", get(s, 2))
	fmt.Println(get(s, 5))
}
