// errorcheck -0 -m

// Escape analysis of inlined bodies: gc analyses an inlined body in its
// caller and reports what it finds there at the outermost call's
// position.

package p

import (
	"errors"
	"fmt"
	"strings"
)

var sink interface{}
var gp *int

func addr(x int) *int { // ERROR "^can inline addr$" "^moved to heap: x$"
	return &x
}

func newT() *T { return &T{1} } // ERROR "^can inline newT$" "^&T\{\.\.\.\} escapes to heap$"

type T struct{ n int }

func (t *T) Inc() *T { t.n++; return t } // ERROR "^can inline \(\*T\)\.Inc$" "^leaking param: t to result ~r0 level=0$"

func wrap(x int) *int { return addr(x) } // ERROR "^can inline wrap$" "^inlining call to addr$" "^moved to heap: x$"

func keep(p *int) { gp = p } // ERROR "^can inline keep$" "^leaking param: p$"

func local(p *int) int { return *p } // ERROR "^can inline local$" "^p does not escape$"

func useAddr() { // ERROR "^can inline useAddr$"
	gp = addr(1) // ERROR "^inlining call to addr$" "^moved to heap: x$"
	_ = addr(2) // ERROR "^inlining call to addr$"
	gp = wrap(3) // ERROR "^inlining call to wrap$" "^inlining call to addr$" "^moved to heap: x$"
}

func useNew() { // ERROR "^can inline useNew$"
	t := newT() // ERROR "^inlining call to newT$" "^&T\{\.\.\.\} does not escape$"
	t.Inc() // ERROR "^inlining call to \(\*T\)\.Inc$"
	sink = newT() // ERROR "^inlining call to newT$" "^&T\{\.\.\.\} escapes to heap$"
}

func params() { // ERROR "^can inline params$"
	x := 1 // ERROR "^moved to heap: x$"
	keep(&x) // ERROR "^inlining call to keep$"
	y := 2
	_ = local(&y) // ERROR "^inlining call to local$"
}

func closures(n int) int { // ERROR "^can inline closures$"
	f := func() int { return n * 2 } // ERROR "^can inline closures\.func1$" "^func literal does not escape$"
	a := f() // ERROR "^inlining call to closures\.func1$"
	b := func(k int) int { return k + n }(3) // ERROR "^can inline closures\.func2$" "^inlining call to closures\.func2$"
	return a + b
}

func inLoop() []*int { // ERROR "^can inline inLoop$"
	var out []*int
	for i := 0; i < 3; i++ {
		out = append(out, addr(i)) // ERROR "^inlining call to addr$" "^moved to heap: x$"
	}
	return out
}

func library(s string) int { // ERROR "^leaking param: s$"
	fmt.Println(s) // ERROR "^inlining call to fmt\.Println$" "^\.\.\. argument does not escape$" "^s escapes to heap$"
	if strings.HasPrefix(s, "x") { // ERROR "^inlining call to strings\.HasPrefix$"
		return 1
	}
	return 0
}

func deadCode(x int) *int { // ERROR "^can inline deadCode$" "^moved to heap: x$"
	if true {
		return &x
	}
	return addr(x)
}

type buf struct{ b []int }

func (x *buf) drop() { x.b = x.b[1:] } // ERROR "^can inline \(\*buf\)\.drop$" "^\(\*buf\)\.drop ignoring self-assignment in x\.b = x\.b\[1:\]$" "^x does not escape$"

func useDrop(x *buf) { // ERROR "^can inline useDrop$" "^x does not escape$"
	x.drop() // ERROR "^inlining call to \(\*buf\)\.drop$" "^useDrop ignoring self-assignment in x\.b = x\.b\[1:\]$"
}

var gerr error

func libraryAlloc(s string) bool { // ERROR "^can inline libraryAlloc$" "^leaking param: s$"
	gerr = errors.New(s) // ERROR "^inlining call to errors\.New$" "^&errors\.errorString\{\.\.\.\} escapes to heap$"
	e := errors.New("local") // ERROR "^inlining call to errors\.New$" "^&errors\.errorString\{\.\.\.\} does not escape$"
	return e != nil
}
