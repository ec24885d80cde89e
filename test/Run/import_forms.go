// Renamed, dot and blank imports; mutually recursive functions; a
// self-referential interface; local types and constants; blank methods.
package main

import (
	f "fmt"
	. "strings"
	_ "os"
	str "strconv"
)

type I interface{ Next() I }

type ring struct {
	v    int
	next *ring
}

func (r *ring) Next() I { return r.next }

func (ring) _() {}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	type node struct {
		val  int
		next *node
	}
	n := &node{1, &node{2, nil}}
	f.Println(n.next.val, ToUpper("dot"), str.Itoa(42), Repeat("-", 3))
	a := &ring{v: 1}
	b := &ring{v: 2, next: a}
	a.next = b
	var it I = a
	for i := 0; i < 3; i++ {
		it = it.Next()
		f.Print(it.(*ring).v, " ")
	}
	f.Println(isEven(10), isOdd(7))
	const (
		x = iota * 10
		y
	)
	type Local int
	var l Local = y
	f.Printf("%T %v\n", l, l)
}
