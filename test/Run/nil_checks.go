// Nil checks where a nil pointer is dereferenced or only its address is
// computed: &*p, &p.f (also at offset 0 and in a large struct), method
// values with value receivers, indexing, ranging with a value, slicing
// and copying through a nil *[N]T or *T panic as in gc; len/cap of a nil
// *[N]T, ranging over its indexes and pointer-receiver calls do not.
package main

import "fmt"

type T struct {
	a, b int
	s    string
}

func (t T) Val() int   { return t.a }
func (t *T) Ptr() int  { return 7 }

type Big struct {
	pad [8000]int
	x   int
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name, "panic:", e.Error())
		} else {
			fmt.Println(name, "ok", r)
		}
	}()
	f()
}

var sink interface{}

func main() {
	var p *T
	var ap *[4]int
	var bp *Big
	try("addr-deref", func() { q := &*p; sink = q })
	try("addr-field", func() { q := &p.b; sink = q })
	try("addr-field0", func() { q := &p.a; sink = q })
	try("method-value-val", func() { f := p.Val; sink = f })
	try("method-value-ptr", func() { f := p.Ptr; fmt.Println(f()) })
	try("method-call-ptr", func() { fmt.Println(p.Ptr()) })
	try("index-array-ptr", func() { fmt.Println(ap[1]) })
	try("index-array-ptr-store", func() { ap[2] = 3 })
	try("range-index-only", func() {
		n := 0
		for i := range ap {
			n += i
		}
		fmt.Println(n)
	})
	try("range-value", func() {
		for i, v := range ap {
			fmt.Println(i, v)
		}
	})
	try("range-blank-value", func() {
		c := 0
		for range ap {
			c++
		}
		fmt.Println(c)
	})
	try("len-cap", func() { fmt.Println(len(ap), cap(ap)) })
	try("struct-copy", func() { s := *p; sink = s })
	try("struct-store", func() { *p = T{} })
	try("field-load", func() { fmt.Println(p.s) })
	try("big-field", func() { fmt.Println(bp.x) })
	try("big-addr", func() { q := &bp.x; sink = q })
	try("big-copy", func() { b := *bp; sink = b.x })
	try("slice-array-ptr", func() { s := ap[:]; fmt.Println(len(s)) })
	try("slice-array-ptr2", func() { s := ap[1:2]; fmt.Println(len(s)) })
	try("array-ptr-copy", func() { a := *ap; sink = a })
	try("iface-val-nil-ptr", func() {
		var v interface{ Val() int } = p
		fmt.Println(v.Val())
	})
}
