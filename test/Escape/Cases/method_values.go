// errorcheck -0 -m -l

// Methods: receivers leaking, method values (bound receivers) escaping
// or not, method expressions, promoted methods.

package p

type T struct {
	p *int
	v int
}

type E struct {
	T
}

var gf func() int
var gi *int
var gt *T

func (t *T) get() int { return t.v } // ERROR "^t does not escape$"

func (t *T) ptr() *int { return t.p } // ERROR "^leaking param: t to result ~r0 level=1$"

func (t *T) leak() { gt = t } // ERROR "^leaking param: t$"

func (t T) val() int { return t.v } // ERROR "^t does not escape$"

func (t T) valPtr() *int { return t.p } // ERROR "^leaking param: t to result ~r0 level=0$"

func methodValueCalled() int {
	t := &T{} // ERROR "^&T\{\} does not escape$"
	f := t.get // ERROR "^t\.get does not escape$"
	return f()
}

func methodValueEscapes() {
	t := &T{} // ERROR "^&T\{\} escapes to heap$"
	gf = t.get // ERROR "^t\.get escapes to heap$"
}

func methodValueOfValue() {
	var t T
	gf = t.val // ERROR "^t\.val escapes to heap$"
}

func methodValueLocalValue() int {
	var t T
	f := t.val // ERROR "^t\.val does not escape$"
	return f()
}

func methodExprCall(t *T) int { // ERROR "^t does not escape$"
	f := (*T).get
	return f(t)
}

func methodExprValue(t T) int { // ERROR "^t does not escape$"
	return T.val(t)
}

func methodCallLeaks() {
	t := &T{} // ERROR "^&T\{\} escapes to heap$"
	t.leak()
}

func methodCallNoLeak() int {
	t := &T{} // ERROR "^&T\{\} does not escape$"
	return t.get()
}

func methodCallAddrOfLocal() int {
	var t T
	return t.get()
}

func methodCallResult(x *int) *int { // ERROR "^leaking param: x to result ~r0 level=0$"
	t := T{p: x}
	return t.valPtr()
}

func methodPtrResult(t *T) *int { // ERROR "^leaking param: t to result ~r0 level=1$"
	return t.ptr()
}

func promotedCall(e *E) int { // ERROR "^e does not escape$"
	return e.get()
}

func promotedMethodValue(e *E) { // ERROR "^leaking param: e$"
	gf = e.get // ERROR "^e\.T\.get escapes to heap$"
}

func methodValueParam(t *T) func() int { // ERROR "^leaking param: t$"
	return t.get // ERROR "^t\.get escapes to heap$"
}
