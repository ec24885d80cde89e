// defer with interface method calls, guard methods that recover, multi-value
// calls as arguments, variadic aliasing, nested panics inside deferred calls.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Closer interface{ Close() error }

type file struct {
	name string
	log  *[]string
}

func (f *file) Close() error {
	*f.log = append(*f.log, "close "+f.name)
	if f.name == "bad" {
		return errors.New("close failed")
	}
	return nil
}

type guard struct{ msgs []string }

func (g *guard) protect() {
	if r := recover(); r != nil {
		g.msgs = append(g.msgs, fmt.Sprint("guarded: ", r))
	}
}

func useGuard(g *guard, n int) int {
	defer g.protect()
	return 10 / n
}

func pairs() (int, string) { return 7, "seven" }
func takes(n int, s string) string { return strings.Repeat(s, n%3) }
func vsum(base int, xs ...int) int {
	for i := range xs {
		xs[i] *= 2
		base += xs[i]
	}
	return base
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func nestedPanic() (msg string) {
	defer func() {
		msg = fmt.Sprint(recover())
	}()
	defer func() {
		defer func() {
			if r := recover(); r != nil {
				panic(fmt.Sprint("wrapped(", r, ")"))
			}
		}()
		panic("inner")
	}()
	panic("outer")
}

func main() {
	var log []string
	func() {
		var c Closer = &file{"a", &log}
		defer c.Close()
		defer (&file{"bad", &log}).Close()
		log = append(log, "work")
	}()
	fmt.Println(log)
	g := &guard{}
	fmt.Println(useGuard(g, 2), useGuard(g, 0), g.msgs)
	fmt.Println(takes(pairs()))
	xs := []int{1, 2, 3}
	fmt.Println(vsum(0, xs...), xs, vsum(1), vsum(1, 5, 5))
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(nestedPanic())
	s := []int{1, 2, 3}
	s = append(s[:1], s...)
	fmt.Println(s)
	type IntList []int
	il := IntList(s)
	il[0] = 100
	fmt.Println(s[0], []int(il)[1])
	var up uintptr = 12345
	fmt.Println(up, fmt.Sprintf("%x %d", up, up))
	var sb strings.Builder
	sb.Grow(64)
	fmt.Println(sb.Len(), sb.Cap() >= 64)
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))
	for i := 0; i < 3; i++ {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("late recover", r, i)
			}
		}()
	}
	panic("end")
}
