// Type assertions to concrete and interface types, with and without
// comma-ok; failures recovered and their messages printed.
package main

import "fmt"

type Stringer interface{ String() string }
type Named interface{ Name() string }

type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }

type U struct{}

func (U) Name() string { return "U" }

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	var x interface{} = T{7}
	t := x.(T)
	fmt.Println(t.n)
	s := x.(Stringer)
	fmt.Println(s.String())
	if n, ok := x.(Named); ok {
		fmt.Println("named?", n)
	} else {
		fmt.Println("not Named", n == nil)
	}
	v, ok := x.(int)
	fmt.Println(v, ok)
	p, ok := x.(*T)
	fmt.Println(p == nil, ok)
	var y interface{} = U{}
	nm, ok := y.(Named)
	fmt.Println(nm.Name(), ok)
	try(func() { _ = x.(int) })
	try(func() { _ = x.(Named) })
	try(func() { _ = y.(fmt.Stringer) })
	var e interface{}
	try(func() { _ = e.(string) })
	try(func() { _ = e.(Stringer) })
	var st Stringer = T{1}
	try(func() { _ = st.(Named) })
	try(func() { fmt.Println(st.(T).n) })
	var nums []interface{} = []interface{}{1, "two", 3.0, T{4}, nil, int8(5)}
	sum := 0
	for _, n := range nums {
		if i, ok := n.(int); ok {
			sum += i
		}
	}
	fmt.Println(sum)
}
