// Calls gc inlines (lowered as the callee's body in the caller when
// built with -m: test/Escape/Inline/run-inlined.test): named and unnamed
// results, early returns, loops and labels in the callee,
// callees inlined twice in one caller and inside loops, closures defined
// and called in inlined bodies, methods on values and pointers, panics
// recovered by the caller's defer, and variables captured by reference
// that must outlive the inlined call.
package main

import "fmt"

type counter struct{ n int }

func (c *counter) inc() int { c.n++; return c.n }
func (c counter) get() int  { return c.n }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func named(x int) (r int) {
	r = x * 2
	if x > 5 {
		return
	}
	r++
	return
}

func firstEven(s []int) int {
	for i, v := range s {
		if v%2 == 0 {
			return i
		}
	}
	return -1
}

func labelled(n int) int {
	t := 0
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j > i {
				continue outer
			}
			t += j
		}
	}
	return t
}

func adder(k int) func(int) int {
	return func(x int) int { k += x; return k }
}

func ptr(x int) *int { return &x }

func mustPositive(x int) int {
	if x <= 0 {
		panic(fmt.Sprint("not positive: ", x))
	}
	return x
}

func sumVia(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func safe(x int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = -1
		}
	}()
	return mustPositive(x)
}

func main() {
	fmt.Println(abs(-3), abs(4), named(2), named(9))
	fmt.Println(firstEven([]int{1, 3, 4, 6}), firstEven(nil))
	fmt.Println(labelled(4), labelled(0))
	a := adder(10)
	fmt.Println(a(1), a(2))
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, ptr(i*10))
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])
	c := counter{}
	c.inc()
	c.inc()
	fmt.Println(c.get(), (&c).get())
	fmt.Println(sumVia(1, 2, 3), sumVia())
	fmt.Println(safe(3), safe(-2))
	total := 0
	for i := -2; i <= 2; i++ {
		total += abs(i) + named(i)
	}
	fmt.Println(total)
	sq := func(x int) int { return x * x }
	fmt.Println(sq(7), func(y int) int { return y + 1 }(41))
}
