// errorcheck -0 -m -l

// A call through a method expression `T.M` (directly or through a variable
// holding it) is a static call of the method M itself: gc applies M's
// parameter tags position by position, the receiver first, even where the
// argument is a pointer and M's receiver a value. A receiver or parameter
// without pointers has no tag, so a pointer passed there leaks to the
// heap. An interface's method expression has no static callee.

package p

type Box struct{ P *int }

func (b Box) Get() *int   { return b.P } // ERROR "^leaking param: b to result ~r0 level=0$"
func (b *Box) Set(p *int) { b.P = p } // ERROR "^b does not escape$" "^leaking param: p$"

type Point struct{ X, Y int }

func (p Point) Sum() int     { return p.X + p.Y }
func (p *Point) Scale(k int) { p.X *= k; p.Y *= k } // ERROR "^p does not escape$"

type Outer struct{ Box }
type OuterPtr struct{ *Box }

type Getter interface{ Get() *int }

func valueExpr(b Box) *int { return Box.Get(b) } // ERROR "^leaking param: b to result ~r0 level=0$"

func ptrExprOfValueMethod(b *Box) *int { return (*Box).Get(b) } // ERROR "^leaking param: b to result ~r0 level=0$"

func ptrExprDirect(b *Box, p *int) { (*Box).Set(b, p) } // ERROR "^b does not escape$" "^leaking param: p$"

func promotedValue(o Outer) *int { return Outer.Get(o) } // ERROR "^leaking param: o to result ~r0 level=0$"

func promotedPtr(o *Outer, p *int) { (*Outer).Set(o, p) } // ERROR "^o does not escape$" "^leaking param: p$"

func promotedThroughPtr(o OuterPtr, p *int) { OuterPtr.Set(o, p) } // ERROR "^o does not escape$" "^leaking param: p$"

func ifaceExpr(g Getter) *int { return Getter.Get(g) } // ERROR "^leaking param: g$"

func viaVar(b *Box) *int { // ERROR "^leaking param: b to result ~r0 level=0$"
	f := (*Box).Get
	return f(b)
}

func pointerToScalarReceiver() int {
	var a Point // ERROR "^moved to heap: a$"
	return (*Point).Sum(&a)
}

func pointerToScalarReceiverVar() int {
	var a Point // ERROR "^moved to heap: a$"
	f := (*Point).Sum
	return f(&a)
}

func pointerMethodExpr() int {
	var q Point
	f := (*Point).Scale
	f(&q, 2)
	return q.X
}
