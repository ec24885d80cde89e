// Closures in loops: per-iteration copies, shared variables, closures
// modifying captured variables, and closures returned from closures.
package main

import "fmt"

func makeAdders() []func(int) int {
	var out []func(int) int
	for _, d := range []int{1, 10, 100} {
		out = append(out, func(x int) int { return x + d })
	}
	return out
}

func gen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	// Go 1.19: the range variable d is shared across iterations.
	for _, f := range makeAdders() {
		fmt.Print(f(1), " ")
	}
	fmt.Println()
	var shared []func() int
	for i := 0; i < 3; i++ {
		shared = append(shared, func() int { return i })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	g := gen()
	for i := 0; i < 10; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	calls := 0
	sq := memo(func(n int) int { calls++; return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls)
	counter := 0
	incs := make([]func(), 4)
	for i := range incs {
		step := i + 1
		incs[i] = func() { counter += step }
	}
	for _, f := range incs {
		f()
		f()
	}
	fmt.Println(counter)
	mk := func(prefix string) func(string) string {
		return func(s string) string { return prefix + s }
	}
	hi, bye := mk("hi "), mk("bye ")
	fmt.Println(hi("bob"), bye("ann"))
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(20))
	x := 5
	func() {
		x++
		func() { x *= 2 }()
	}()
	fmt.Println(x)
}
