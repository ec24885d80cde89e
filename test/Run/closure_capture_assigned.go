// A variable assigned after a closure captures it is shared with the
// closure: assigned by the statement that creates the closure (a
// recursive closure), by another closure, or in the same tuple
// assignment. One never assigned after its first capture may be copied.
package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(10))

	q := 0
	inc := func() { q++ }
	get := func() int { return q }
	inc()
	inc()
	fmt.Println(get(), q)

	var g func() int
	r := 0
	r, g = 1, func() int { return r }
	fmt.Println(g())

	s := 1
	s = 2
	h := func() int { return s }
	fmt.Println(h())

	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
