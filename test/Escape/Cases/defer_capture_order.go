// errorcheck -0 -m -l

// The captures of go/defer wrappers and of closures come in the order gc
// meets them: a wrapper where its statement is, after the literals among
// its operands, before the literals after it; the wrappers in a
// literal's body after the literal's own captures.

package p

import "fmt"

var sink interface{}

func deferThenClosure() (r int) {
	x := 1
	defer fmt.Println("x =", x) // ERROR `^"x =" escapes to heap$` "^x escapes to heap$" "^\.\.\. argument does not escape$"
	defer func() { r += x }() // ERROR "^func literal does not escape$"
	x = 2
	return x
}

func closureThenDefer(s string) int { // ERROR "^leaking param: s$"
	n := len(s)
	f := func() int { return n * 2 } // ERROR "^func literal does not escape$"
	defer fmt.Println(s, n) // ERROR "^s escapes to heap$" "^n escapes to heap$" "^\.\.\. argument does not escape$"
	return f()
}

func literalOperand(k int) {
	defer call(func() int { return k }, k) // ERROR "^func literal does not escape$"
}

func call(f func() int, k int) int { return f() + k } // ERROR "^f does not escape$"

func deferInClosure(a, b int) func() {
	return func() { // ERROR "^func literal escapes to heap$"
		defer fmt.Println(a) // ERROR "^a escapes to heap$" "^\.\.\. argument does not escape$"
		sink = b // ERROR "^b escapes to heap$"
	}
}

func twoDefers(a []int, m map[string]int) { // ERROR "^a does not escape$" "^leaking param: m$"
	defer fmt.Println(len(a)) // ERROR "^len\(a\) escapes to heap$" "^\.\.\. argument does not escape$"
	g := func() { m["k"] = a[0] } // ERROR "^func literal does not escape$"
	defer fmt.Println(m) // ERROR "^\.\.\. argument does not escape$"
	g()
}
