// errorcheck -0 -m -l

// More operands of go/defer wrappers: method expressions, promoted
// methods through embedded interfaces and pointers, receivers that are
// index expressions or type assertions, calls of calls, method values,
// and variadic calls without variadic arguments (the nil slice stays in
// the call; the other operands keep their expressions and positions, as
// they do outside go/defer).

package p

type T struct{ p *int }

var sink interface{}

func (t T) M(xs ...*int) { sink = xs } // ERROR "^t does not escape$" "^leaking param: xs$" "^xs escapes to heap$"
func (t *T) P()          { sink = t } // ERROR "^leaking param: t$"
func (t *T) V(xs ...int) { sink = t } // ERROR "^leaking param: t$" "^xs does not escape$"

type I interface{ M(...*int) }

type W struct{ I }
type PW struct{ *W }

func mk() func()         { return func() {} } // ERROR "^func literal escapes to heap$"
func getT() *T           { return &T{} } // ERROR "^&T\{\} escapes to heap$"
func getM() map[string]T { return nil }
func g(p *int, xs ...int) { sink = p } // ERROR "^leaking param: p$" "^xs does not escape$"

func operands(t T, pt *T, i I, w W, pw *PW, m map[string]T, s []T, x *int) { // ERROR "^leaking param: t$" "^leaking param: pt$" "^leaking param: i$" "^leaking param: w$" "^leaking param content: pw$" "^m does not escape$" "^leaking param: s$" "^leaking param: x$"
	defer T.M(t, x) // ERROR "^\.\.\. argument escapes to heap$"
	defer (*T).P(pt)
	defer i.M(x, x) // ERROR "^\.\.\. argument escapes to heap$"
	defer i.M([]*int{x}...) // ERROR "^\[\]\*int\{\.\.\.\} escapes to heap$"
	defer w.M(x) // ERROR "^\.\.\. argument escapes to heap$"
	defer pw.M(x) // ERROR "^\.\.\. argument escapes to heap$"
	defer pw.I.M()
	defer m["a"].M()
	defer s[0].P()
	defer s[0].M(x) // ERROR "^\.\.\. argument escapes to heap$"
	defer mk()()
	mv := t.M // ERROR "^t\.M does not escape$"
	defer mv(x) // ERROR "^\.\.\. argument escapes to heap$"
	defer getT().P()
	defer getT().M()
	defer getM()["k"].M()
	defer func(a, b *int) {}(x, nil) // ERROR "^a does not escape$" "^b does not escape$" "^func literal does not escape$"
	var e interface{} = t
	defer e.(I).M()
	defer i.(T).M()
}

func noVariadic() {
	x := T{} // ERROR "^moved to heap: x$"
	x.V()
	y := 0 // ERROR "^moved to heap: y$"
	g(&y)
	z := 0 // ERROR "^moved to heap: z$"
	defer g(&z)
}
