// Multiple results: assignment, blank identifiers, passing f() directly
// as the arguments of g, named results with bare return, shadowing.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func swap(a, b string) (string, string) { return b, a }

func three() (int, string, bool) { return 1, "two", true }

func show(i int, s string, b bool) string { return fmt.Sprint(i, s, b) }

func lookup(m map[string]int, k string) (v int, err error) {
	v, ok := m[k]
	if !ok {
		err = errors.New("missing " + k)
		return
	}
	return v * 2, nil
}

func shadow() (x int) {
	x = 1
	{
		x := 2
		x++
	}
	if x := 10; x > 5 {
		return x
	}
	return
}

func fib() func() (int, int) {
	a, b := 0, 1
	return func() (int, int) {
		a, b = b, a+b
		return a, b
	}
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(-17, 5)
	fmt.Println(r2)
	a, b := swap("x", "y")
	a, b = swap(a, b)
	fmt.Println(a, b)
	fmt.Println(show(three()))
	fmt.Println(three())
	m := map[string]int{"k": 21}
	fmt.Println(lookup(m, "k"))
	fmt.Println(lookup(m, "z"))
	if v, err := lookup(m, "k"); err == nil {
		fmt.Println("ok", v)
	}
	fmt.Println(shadow())
	next := fib()
	for i := 0; i < 5; i++ {
		x, y := next()
		fmt.Print(x, ",", y, " ")
	}
	fmt.Println()
	var arr [3]int
	arr[0], arr[1], arr[2] = 3, 2, 1
	i := 0
	i, arr[i] = 2, 9
	fmt.Println(i, arr)
}
