// errorcheck -0 -m -l

// gc's type checker evaluates the function of a call, or a method call's
// receiver, into a temporary `.autotmp_N` first when it calls something
// (other than new) or receives: `f()(x)`, `g().M()`, chains of methods.
// Messages print the temporary in the call, and it is a location of its
// own in the flows.

package p

type T struct{ p *int }

var sink *int

func mkT(p *int) T      { return T{p} } // ERROR "^leaking param: p to result ~r0 level=0$"
func (t T) Leak()        { sink = t.p } // ERROR "^leaking param: t$"
func (t T) Self() T      { return t } // ERROR "^leaking param: t to result ~r0 level=0$"
func mkF(p *int) func()  { return func() { sink = p } } // ERROR "^leaking param: p$" "^func literal escapes to heap$"
func adder(n int) func(int) int { return func(x int) int { return x + n } } // ERROR "^func literal escapes to heap$"

type B struct{ buf []*int }

func NewB() *B              { return &B{} } // ERROR "^&B\{\} escapes to heap$"
func (b *B) Add(p *int) *B  { b.buf = append(b.buf, p); return b } // ERROR "^leaking param content: b$" "^leaking param: b to result ~r0 level=0$" "^leaking param: p$"
func (b *B) Len() int       { return len(b.buf) } // ERROR "^b does not escape$"

func viaTemp() {
	x, y := 1, 2 // ERROR "^moved to heap: x$" "^moved to heap: y$"
	mkT(&x).Leak()
	mkF(&y)()
}

func chain() int {
	x, y := 1, 2 // ERROR "^moved to heap: x$" "^moved to heap: y$"
	return NewB().Add(&x).Add(&y).Len()
}

func toInterface() interface{} {
	return adder(1)(2) // ERROR "^\.autotmp_1\(2\) escapes to heap$"
}

func selfChain() {
	z := 3 // ERROR "^moved to heap: z$"
	mkT(&z).Self().Leak()
}

func newIsNoCall() int {
	return (*new(T)).Self().p2() // ERROR "^new\(T\) does not escape$"
}

func (t T) p2() int { return 0 } // ERROR "^t does not escape$"
