// defer of method calls evaluates the receiver at the defer statement:
// value methods on nil pointers panic there, pointer methods do not; a
// deferred nil func value panics when called.
package main

import "fmt"

type T struct{ n int }

func (t T) Val()  { fmt.Println("val", t.n) }
func (t *T) Ptr() { fmt.Println("ptr", t == nil) }

func a() {
	defer func() { fmt.Println("a recovered:", recover() != nil) }()
	var p *T
	defer p.Ptr()
	defer p.Val()
	fmt.Println("a reached")
}

func b() {
	defer func() { fmt.Println("b recovered:", recover() != nil) }()
	t := T{1}
	defer t.Val()
	t.n = 2
	f := t.Val
	t.n = 3
	defer f()
	var fn func()
	defer fn()
	fmt.Println("b reached")
}

func main() {
	a()
	b()
}
