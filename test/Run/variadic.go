// Variadic functions: no arguments (nil slice), several, a slice passed
// with ..., the callee modifying the caller's slice, variadic methods and
// ...interface{} forwarding to fmt.
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func info(xs ...int) string {
	return fmt.Sprintf("len=%d nil=%t", len(xs), xs == nil)
}

func zero(xs ...int) {
	for i := range xs {
		xs[i] = 0
	}
}

func prefixed(prefix string, args ...interface{}) string {
	return prefix + fmt.Sprint(args...)
}

func logf(format string, args ...interface{}) {
	fmt.Printf("[log] "+format+"\n", args...)
}

type Bag struct{ items []string }

func (b *Bag) Add(items ...string) *Bag {
	b.items = append(b.items, items...)
	return b
}

func minmax(first int, rest ...int) (int, int) {
	lo, hi := first, first
	for _, r := range rest {
		if r < lo {
			lo = r
		}
		if r > hi {
			hi = r
		}
	}
	return lo, hi
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum([]int{4, 5, 6}...))
	fmt.Println(info(), info(1, 2), info([]int{}...), info(nil...))
	s := []int{1, 2, 3}
	zero(s...)
	fmt.Println(s)
	t := []int{7, 8}
	zero(t[1:]...)
	fmt.Println(t)
	fmt.Println(prefixed("p:", 1, "a", 2.5, nil))
	logf("%d items, %s", 3, "ok")
	logf("no args")
	b := &Bag{}
	b.Add().Add("x").Add("y", "z").Add([]string{"w"}...)
	fmt.Println(b.items, len(b.items))
	fmt.Println(minmax(5))
	fmt.Println(minmax(5, 9, -2, 7))
	f := sum
	fmt.Println(f(10, 20))
	fmt.Printf("%T\n", f)
}
