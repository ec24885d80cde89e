// errorcheck -0 -m -l

// A method value's receiver flows to a temporary; -m -m explains that
// flow through the receiver expression and the implicit `&x` (a pointer
// method of a variable) or `*p` (a value method of a pointer) gc puts on
// it at the selector, as for a method call's receiver.

package p

type T struct{ p *int }

func (t T) Val() *int  { return t.p } // ERROR "^leaking param: t to result ~r0 level=0$"
func (t *T) Ptr() *int { return t.p } // ERROR "^leaking param: t to result ~r0 level=1$"

type S interface{ Ptr() *int }

var sink func() *int

func ptrOfVar(t T) { sink = t.Ptr } // ERROR "^moved to heap: t$" "^t\.Ptr escapes to heap$"

func valOfPtr(t *T) { sink = t.Val } // ERROR "^leaking param content: t$" "^t\.Val escapes to heap$"

func ptrOfPtr(t *T) { sink = t.Ptr } // ERROR "^leaking param: t$" "^t\.Ptr escapes to heap$"

func valOfVar(t T) { sink = t.Val } // ERROR "^leaking param: t$" "^t\.Val escapes to heap$"

func ptrOfElem(ts []T) { sink = ts[0].Ptr } // ERROR "^leaking param: ts$" "^ts\[0\]\.Ptr escapes to heap$"

func valOfElem(ts []T) { sink = ts[1].Val } // ERROR "^leaking param content: ts$" "^ts\[1\]\.Val escapes to heap$"

func ptrOfAddr(t T) { // ERROR "^moved to heap: t$"
	g := (&t).Ptr // ERROR "^\(&t\)\.Ptr escapes to heap$"
	sink = g
}

func valOfDeref(t *T) { // ERROR "^leaking param content: t$"
	g := (*t).Val // ERROR "^\(\*t\)\.Val escapes to heap$"
	sink = g
}

func unused(t T) { _ = t.Ptr } // ERROR "^leaking param: t$" "^t\.Ptr does not escape$"

func ofIface(s S) { sink = s.Ptr } // ERROR "^leaking param: s$" "^s\.Ptr escapes to heap$"
