// errorcheck -0 -m -l

// Calls of method expressions: gc calls the method itself with the
// receiver as first argument and the method's parameter tags; a pointer
// passed where the method's receiver has no pointers (an untagged
// parameter) leaks to the heap. An interface's method expression is an
// unknown function.

package p

type Pt struct{ X, Y int }

func (p Pt) Sum() int { return p.X + p.Y }

func (p *Pt) Scale(k int) { p.X *= k } // ERROR "^p does not escape$"

type Box struct{ P *int }

func (b Box) Get() *int { return b.P } // ERROR "^leaking param: b to result ~r0 level=0$"

func (b Box) Val() int { return *b.P } // ERROR "^b does not escape$"

type Outer struct {
	Pt
	Box
}

type Summer interface{ Sum() int }

func viaPtrScalar() int {
	p := Pt{1, 2} // ERROR "^moved to heap: p$"
	return (*Pt).Sum(&p)
}

func viaVarScalar() int {
	p := Pt{1, 2} // ERROR "^moved to heap: p$"
	f := (*Pt).Sum
	return f(&p)
}

func direct() int {
	p := Pt{1, 2}
	return Pt.Sum(p)
}

func ptrMethod() int {
	p := Pt{1, 2}
	(*Pt).Scale(&p, 3)
	return p.X
}

func viaPtrPointers(x *int) *int { // ERROR "^leaking param: x$"
	b := Box{x} // ERROR "^moved to heap: b$"
	return (*Box).Get(&b)
}

func viaPtrContent(x *int) int { // ERROR "^x does not escape$"
	b := Box{x}
	return (*Box).Val(&b)
}

func promoted(x *int) int { // ERROR "^leaking param: x$"
	o := Outer{Pt{1, 2}, Box{x}} // ERROR "^moved to heap: o$"
	return Outer.Sum(o) + (*Outer).Sum(&o)
}

func promotedBox(x *int) *int { // ERROR "^leaking param: x to result ~r0 level=0$"
	o := Outer{Pt{1, 2}, Box{x}}
	return Outer.Get(o)
}

func ifaceExpr(s Summer) int { // ERROR "^leaking param: s$"
	return Summer.Sum(s)
}

func ifaceExprLit() int {
	return Summer.Sum(Pt{1, 2}) // ERROR "^Pt\{\.\.\.\} escapes to heap$"
}
