// Closures capture variables by reference: independent counters,
// generators, accumulators sharing state, and a memoizing wrapper.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func memo(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

func main() {
	next, reset := counter()
	next2, _ := counter()
	fmt.Println(next(), next(), next(), next2())
	reset()
	fmt.Println(next(), next2())
	g := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	square, calls := memo(func(n int) int { return n * n })
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(square(n), " ")
	}
	fmt.Println("calls:", *calls)
	total := 0
	add := func(k int) { total += k }
	for i := 1; i <= 10; i++ {
		add(i)
	}
	fmt.Println(total)
	x := 1
	f := func() int { return x * 10 }
	x = 5
	fmt.Println(f())
	compose := func(f, g func(int) int) func(int) int {
		return func(v int) int { return g(f(v)) }
	}
	inc := func(v int) int { return v + 1 }
	dbl := func(v int) int { return v * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))
}
