// errorcheck -0 -m -l

// The type checker evaluates a call's function, or its method receiver,
// into a temporary first when it contains a call; for a deferred call too,
// before escape analysis copies that temporary into its wrapper's (at the
// call's parenthesis: it is a name). The type checker's temporaries are
// all numbered before the wrappers'.

package p

type T struct{ p *int }

var sink *T

func (t T) Val(q *int)  { sink = &t } // ERROR "^q does not escape$" "^moved to heap: t$"
func (t *T) Ptr(q *int) { sink = t } // ERROR "^leaking param: t$" "^q does not escape$"

func mk(p *int) func(*int) { // ERROR "^p does not escape$"
	return func(q *int) { sink = &T{q} } // ERROR "^leaking param: q$" "^func literal escapes to heap$" "^&T\{\.\.\.\} escapes to heap$"
}
func get(p *int) *T { return &T{p} } // ERROR "^leaking param: p$" "^&T\{\.\.\.\} escapes to heap$"
func val(p *int) T  { return T{p} } // ERROR "^leaking param: p to result ~r0 level=0$"

type I interface{ Val(*int) }

func geti(p *int) I { return T{p} } // ERROR "^leaking param: p to result ~r0 level=0$"

func calledFunc() {
	x, y := 1, 2 // ERROR "^moved to heap: y$"
	defer mk(&x)(&y)
}

func receivers() {
	x, y := 1, 2 // ERROR "^moved to heap: x$" "^moved to heap: y$"
	defer get(&x).Ptr(&y)
	defer get(&x).Val(&y)
	defer val(&x).Val(&y)
	defer geti(&x).Val(&y)
}

func inLoop(n int) {
	for i := 0; i < n; i++ {
		x, y := 1, 2 // ERROR "^moved to heap: x$" "^moved to heap: y$"
		defer mk(&x)(&y)
		defer get(&x).Val(&y)
	}
}

func noArgs() {
	defer mk(nil)
}
