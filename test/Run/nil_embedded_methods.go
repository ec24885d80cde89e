// Method values and interface conversions involving a nil embedded pointer:
// which operations panic (binding a value method, calling through the
// interface) and which do not (binding a pointer method), and when method
// values copy their receiver.
package main

import "fmt"

type Base struct{ n int }

func (b Base) Get() int   { return b.n }
func (b *Base) PGet() int { return 42 }

type Outer struct{ *Base }

type Getter interface{ Get() int }

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover() != nil) }()
	f()
}

func main() {
	var o Outer
	try("method value value-recv", func() {
		g := o.Get
		fmt.Println("bound")
		_ = g
	})
	try("method value ptr-recv", func() {
		g := o.PGet
		fmt.Println("bound", g())
	})
	try("iface conversion", func() {
		var g Getter = o
		fmt.Println("converted")
		g.Get()
	})
	var b *Base
	try("nil ptr value method value", func() {
		g := b.Get
		fmt.Println("bound")
		_ = g
	})
	x := Base{1}
	g := x.Get
	x.n = 2
	pg := (&x).Get
	x.n = 3
	fmt.Println(g(), pg())
	ip := &x
	h := ip.Get
	ip.n = 4
	fmt.Println(h())
}
