// Bare returns in functions whose deferred calls change the named results:
// error wrapping, recover into err, counters, results whose address
// escapes, and a multi-value tuple assignment before the return.
package main

import (
	"errors"
	"fmt"
)

var sink *int

func pair() (int, bool) { return 4, false }

func tuple() (a int, b bool) {
	defer func() { a++ }()
	a, b = pair()
	return
}

func escaped(panicky bool) (x int) {
	sink = &x
	defer func() {
		recover()
		x = 1
	}()
	if panicky {
		panic("boom")
	}
	return
}

func open(name string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("open %s: %w", name, err)
		}
	}()
	if name == "" {
		err = errors.New("empty name")
	}
	return
}

func parse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("parse %q: %v", s, r)
			n = -1
		}
	}()
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(fmt.Sprintf("bad digit %q", c))
		}
		n = n*10 + int(c-'0')
	}
	return
}

func count(xs []int) (evens, odds int) {
	defer func() {
		evens *= 100
		odds *= 100
	}()
	for _, x := range xs {
		if x%2 == 0 {
			evens++
		} else {
			odds++
		}
	}
	return
}

func layered() (s string) {
	defer func() { s += "3" }()
	defer func() { s += "2" }()
	s = "1"
	return
}

func main() {
	fmt.Println(tuple())
	fmt.Println(escaped(true), escaped(false))
	fmt.Println(open("x"), open(""))
	fmt.Println(parse("123"))
	fmt.Println(parse("12x"))
	fmt.Println(count([]int{1, 2, 3, 4, 5}))
	fmt.Println(layered())
}
