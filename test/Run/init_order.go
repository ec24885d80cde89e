// Package initialization: variables are initialized in dependency order
// regardless of declaration order, then init functions in source order.
package main

import "fmt"

var trace []string

func note(s string, v int) int {
	trace = append(trace, fmt.Sprint(s, "=", v))
	return v
}

var (
	a = note("a", b+c)
	b = note("b", f())
	c = note("c", 3)
	d = note("d", 4)
)

func f() int { return note("f", d*2) }

var total = sum(a, b, c, d)

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

var table = buildTable()

func buildTable() map[string]int {
	trace = append(trace, "table")
	return map[string]int{"x": c}
}

func init() {
	trace = append(trace, "init1")
	total *= 2
}

var x, y = pair()

func pair() (int, int) {
	trace = append(trace, "pair")
	return 1, 2
}

func init() {
	trace = append(trace, fmt.Sprint("init2 total=", total))
}

func main() {
	for _, t := range trace {
		fmt.Println(t)
	}
	fmt.Println(a, b, c, d, total, table, x, y)
}
