// Recursive closures declared with var, closures returning closures,
// closures stored in structs and maps, and a closure-based iterator.
package main

import "fmt"

type Machine struct {
	ops map[string]func(a, b int) int
}

func makeAdder(n int) func(int) func(int) int {
	return func(a int) func(int) int {
		return func(b int) int { return n + a + b }
	}
}

func iterate(xs []int) func() (int, bool) {
	i := 0
	return func() (int, bool) {
		if i >= len(xs) {
			return 0, false
		}
		i++
		return xs[i-1], true
	}
}

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))
	var even, odd func(int) bool
	even = func(n int) bool { return n == 0 || odd(n-1) }
	odd = func(n int) bool { return n != 0 && even(n-1) }
	fmt.Println(even(10), odd(7), even(7))
	fmt.Println(makeAdder(1)(2)(3))
	m := Machine{ops: map[string]func(a, b int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}}
	m.ops["pow"] = func(a, b int) int {
		r := 1
		for i := 0; i < b; i++ {
			r = m.ops["mul"](r, a)
		}
		return r
	}
	fmt.Println(m.ops["add"](3, 4), m.ops["mul"](3, 4), m.ops["pow"](3, 4))
	next := iterate([]int{5, 6, 7})
	for v, ok := next(); ok; v, ok = next() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var walk func(n, depth int) string
	walk = func(n, depth int) string {
		if n == 0 {
			return "."
		}
		return fmt.Sprint("(", walk(n-1, depth+1), depth, walk(n/2, depth+1), ")")
	}
	fmt.Println(walk(4, 0))
	func() {
		defer func() { fmt.Println("immediately invoked") }()
	}()
}
