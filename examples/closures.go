// closures demonstrates function literals: counters with private state,
// generators, captured loop variables (shared vs per-iteration copies),
// closures that modify captured variables, function-typed fields and
// returning closures from closures (memoization, composition).
package main

import (
	"fmt"
	"strings"
)

type intGen func() (int, bool)

func counter(start, step int) func() int {
	n := start - step
	return func() int {
		n += step
		return n
	}
}

func fibGen(limit int) intGen {
	a, b := 0, 1
	return func() (int, bool) {
		if a > limit {
			return 0, false
		}
		r := a
		a, b = b, a+b
		return r, true
	}
}

func collect(g intGen) []int {
	var out []int
	for v, ok := g(); ok; v, ok = g() {
		out = append(out, v)
	}
	return out
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

type button struct {
	label   string
	onClick func() string
}

func main() {
	c1, c2 := counter(0, 1), counter(100, 10)
	for i := 0; i < 3; i++ {
		fmt.Print(c1(), " ", c2(), "; ")
	}
	fmt.Println()

	fmt.Println("fib:", collect(fibGen(100)))

	// Captured loop variable: in Go 1.19 all closures share one i.
	var shared, copied []func() int
	for i := 0; i < 4; i++ {
		shared = append(shared, func() int { return i * 10 })
		j := i
		copied = append(copied, func() int { return j * 10 })
	}
	for k := range shared {
		fmt.Print(shared[k](), "/", copied[k](), " ")
	}
	fmt.Println()

	// A closure modifying variables of its enclosing function.
	total, calls := 0, 0
	add := func(xs ...int) {
		calls++
		for _, x := range xs {
			total += x
		}
	}
	add(1, 2, 3)
	add()
	add(10)
	fmt.Println("total", total, "calls", calls)

	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	f := compose(double, inc, double)
	fmt.Println("compose(3) =", f(3), "compose(10) =", f(10))

	var slowSquare func(int) int
	slowSquare = func(n int) int { return n * n }
	fast, misses := memo(slowSquare)
	for _, n := range []int{4, 5, 4, 4, 6, 5} {
		fmt.Print(fast(n), " ")
	}
	fmt.Println("misses:", *misses)

	// Recursive closure.
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println("10! =", fact(10))

	clicks := 0
	buttons := []button{
		{"ok", func() string { clicks++; return "accepted" }},
		{"cancel", func() string { clicks += 10; return "dismissed" }},
	}
	var log []string
	for _, b := range buttons {
		log = append(log, b.label+"->"+b.onClick())
	}
	buttons[0].onClick()
	fmt.Println(strings.Join(log, ", "), "clicks:", clicks)

	// Immediately invoked function literal.
	msg := func(name string) string { return "hello, " + name }("closure")
	fmt.Println(msg)
}
