// make with a variable length larger than a constant capacity panics with
// "cap out of range", as when both are variables, also when the length is
// known at compile time.
package main

import "fmt"

func window(n int) []int {
	return make([]int, n, 4)
}

func known() {
	defer func() { fmt.Println("recovered:", recover()) }()
	i := 2
	s := make([]int, i, 1)
	fmt.Println(len(s))
}

func main() {
	known()
	for n := 2; n < 10; n += 2 {
		w := window(n)
		fmt.Println(len(w), cap(w))
	}
}
