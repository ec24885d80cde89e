// errorcheck -0 -m -l

// A go/defer wrapper copies an argument's implicit conversion, of an
// interface to another too, at the conversion's position (for panic, its
// argument's). A call whose multi-value argument the type checker
// rewrote prints as written, the inner call as escape analysis rewrote it
// (a method call with its receiver first), its results converted at the
// outer call's parenthesis.

package p

import "fmt"

type T struct{ n int }

func (t *T) Two() (int, *T) { return t.n, t } // ERROR "^leaking param: t to result ~r1 level=0$"

type E struct{ s string }

func (e E) Error() string { return e.s } // ERROR "^leaking param: e to result ~r0 level=0$"

func deferPanic(n int, e error, s fmt.Stringer) { // ERROR "^leaking param: e$" "^leaking param: s$"
	if n > 0 {
		defer panic(e)
	}
	if n > 1 {
		defer panic(s)
	}
	defer panic(E{"x"}) // ERROR "^E\{\.\.\.\} escapes to heap$"
}

func multiValue() {
	fmt.Println((&T{3}).Two()) // ERROR "^&T\{\.\.\.\} escapes to heap$" "^\.\.\. argument does not escape$" "^\.autotmp_0 escapes to heap$"
	t := &T{4} // ERROR "^&T\{\.\.\.\} escapes to heap$"
	fmt.Println(t.Two()) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_3 escapes to heap$"
}

func id(p *int) (int, *int) { return 1, p } // ERROR "^leaking param: p to result ~r1 level=0$"

func (T) Id(p *int) (int, *int) { return 1, p } // ERROR "^leaking param: p to result ~r1 level=0$"

func multiValueConverted() {
	x := 0 // ERROR "^moved to heap: x$"
	fmt.Println(id(&x)) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_1 escapes to heap$"
	var t T
	y := 0 // ERROR "^moved to heap: y$"
	fmt.Println(t.Id(&y)) // ERROR "^\.\.\. argument does not escape$" "^\.autotmp_5 escapes to heap$"
}
