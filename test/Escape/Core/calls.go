// errorcheck -0 -m -l

// Parameter tags across calls: results at several levels, the heap, more
// than seven results, recursion, closures called directly, method values.

package p

type T struct {
	p *int
	q **int
}

var sink interface{}
var gp *int

func id(p *int) *int { return p } // ERROR "^leaking param: p to result ~r0 level=0$"

func deref(p **int) *int { return *p } // ERROR "^leaking param: p to result ~r0 level=1$"

func field(t *T) *int { return t.p } // ERROR "^leaking param: t to result ~r0 level=1$"

func toHeap(p *int) { gp = p } // ERROR "^leaking param: p$"

func contentToHeap(p **int) { gp = *p } // ERROR "^leaking param content: p$"

func useId() *int {
	x := 0 // ERROR "^moved to heap: x$"
	return id(&x)
}

func useIdLocal() int {
	x := 0
	return *id(&x)
}

func useDeref() *int {
	x := 0 // ERROR "^moved to heap: x$"
	p := &x
	return deref(&p)
}

func useField() {
	t := &T{p: new(int)} // ERROR "^&T\{\.\.\.\} does not escape$" "^new\(int\) does not escape$"
	_ = field(t)
}

func eight(a, b, c, d, e, f, g, h *int) (r0, r1, r2, r3, r4, r5, r6, r7 *int) { // ERROR "^leaking param: a to result r0 level=0$" "^leaking param: b to result r1 level=0$" "^leaking param: c to result r2 level=0$" "^leaking param: d to result r3 level=0$" "^leaking param: e to result r4 level=0$" "^leaking param: f to result r5 level=0$" "^leaking param: g to result r6 level=0$" "^leaking param: h$"
	return a, b, c, d, e, f, g, h
}

func recurse(p *int, n int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	if n == 0 {
		return p
	}
	return recurse(p, n-1)
}

func even(p *int, n int) *int { // ERROR "^leaking param: p$"
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

func odd(p *int, n int) *int { // ERROR "^leaking param: p$"
	if n == 0 {
		gp = p
		return nil
	}
	return even(p, n-1)
}

func calledClosure() int {
	x := 0
	return *func(p *int) *int { return p }(&x) // ERROR "^leaking param: p to result ~r0 level=0$" "^func literal does not escape$"
}

func storedClosure() func() int {
	x := 0
	return func() int { return x } // ERROR "^func literal escapes to heap$"
}

func refClosure() func() {
	x := 0 // ERROR "^moved to heap: x$"
	return func() { x++ } // ERROR "^func literal escapes to heap$"
}

func (t *T) get() *int { return t.p } // ERROR "^leaking param: t to result ~r0 level=1$"

func methodValue(t *T) func() *int { // ERROR "^leaking param: t$"
	return t.get // ERROR "^t\.get escapes to heap$"
}

func methodValueLocal() *int {
	t := &T{} // ERROR "^&T\{\} does not escape$"
	f := t.get // ERROR "^t\.get does not escape$"
	return f()
}

func iface(x int) {
	sink = x // ERROR "^x escapes to heap$"
}

func ifacePtr(p *int) { // ERROR "^leaking param: p$"
	sink = p
}
