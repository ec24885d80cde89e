// Bare returns from methods and function literals whose deferred calls
// rewrite named results: early returns from loops, swaps, appends, and
// error-dependent rewrites.
package main

import "fmt"

type T struct{ n int }

func (t *T) Do() (out string, err error) {
	defer func() {
		if err != nil {
			out = "failed"
		}
	}()
	if t.n < 0 {
		err = fmt.Errorf("negative %d", t.n)
		return
	}
	out = fmt.Sprint("ok ", t.n)
	return
}

func main() {
	f := func(x int) (r int) {
		defer func() { r += 100 }()
		if x > 5 {
			r = x
			return
		}
		for i := 0; i < x; i++ {
			r += i
			if r > 3 {
				return
			}
		}
		return
	}
	fmt.Println(f(2), f(4), f(9))
	fmt.Println((&T{3}).Do())
	fmt.Println((&T{-1}).Do())
	g := func() (a, b int) {
		defer func() { a, b = b, a }()
		a, b = 1, 2
		return
	}
	fmt.Println(g())
	h := func() (s []int) {
		defer func() { s = append(s, 99) }()
		s = []int{1}
		return s[:0]
	}
	fmt.Println(h())
}
