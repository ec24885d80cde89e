// Promoted value and pointer methods of large embedded structs through
// interfaces, method values and expressions, and a nil *T wrapper.
package main

import "fmt"

type Inner struct{ A [6]int }

func (i Inner) Get() int   { return i.A[5] }
func (i *Inner) Set(v int) { i.A[5] = v }

type Outer struct {
	Inner
	x int
}

type PtrOuter struct {
	*Inner
	y [8]int
}

type GS interface {
	Get() int
	Set(int)
}

func main() {
	o := Outer{Inner{[6]int{5: 3}}, 1}
	var g interface{ Get() int } = o
	o.Set(9)
	fmt.Println(g.Get(), o.Get())
	var gs GS = &o
	gs.Set(4)
	fmt.Println(gs.Get(), o.A[5])
	po := PtrOuter{Inner: &Inner{}}
	var gs2 GS = po
	gs2.Set(7)
	fmt.Println(gs2.Get(), po.Get())
	f := o.Get
	o.Set(1)
	fmt.Println(f(), o.Get())
	h := Outer.Get
	fmt.Println(h(o))
	defer func() { fmt.Println("recovered:", recover()) }()
	var np *Outer
	var gn interface{ Get() int } = np
	gn.Get()
}
