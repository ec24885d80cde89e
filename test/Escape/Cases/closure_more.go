// errorcheck -0 -m -l

// More closures: arguments of directly called closures, closures
// returning closures, capturing structs and pointers, reassigned func
// variables, closures stored in struct fields of escaping values.

package p

type cfg struct {
	name string
	hook func() int
}

var gi *int
var gc *cfg

func calledWithPointer() {
	x := 1 // ERROR "^moved to heap: x$"
	func(p *int) { // ERROR "^leaking param: p$" "^func literal does not escape$"
		gi = p
	}(&x)
}

func calledWithPointerNoLeak() int {
	x := 1
	return func(p *int) int { // ERROR "^p does not escape$" "^func literal does not escape$"
		return *p
	}(&x)
}

func calledReturnsArg(q *int) *int { // ERROR "^leaking param: q to result ~r0 level=0$"
	return func(p *int) *int { return p }(q) // ERROR "^leaking param: p$" "^func literal does not escape$"
}

func adder(base int) func(int) int { // ERROR "^moved to heap: base$"
	return func(d int) int { // ERROR "^func literal escapes to heap$"
		base += d
		return base
	}
}

func curry(a int) func(int) func(int) int {
	return func(b int) func(int) int { // ERROR "^func literal escapes to heap$"
		return func(c int) int { return a + b + c } // ERROR "^func literal escapes to heap$"
	}
}

func captureStruct() func() string {
	c := cfg{name: "x"}
	return func() string { return c.name } // ERROR "^func literal escapes to heap$"
}

func capturePointer() func() int {
	p := new(int) // ERROR "^new\(int\) escapes to heap$"
	return func() int { return *p } // ERROR "^func literal escapes to heap$"
}

func captureAndLeak() {
	p := new(int) // ERROR "^new\(int\) escapes to heap$"
	func() { // ERROR "^func literal does not escape$"
		gi = p
	}()
}

func reassignedFuncVar(c bool) int {
	f := func() int { return 1 } // ERROR "^func literal does not escape$"
	if c {
		f = func() int { return 2 } // ERROR "^func literal does not escape$"
	}
	return f()
}

func hookInEscapingStruct(n int) {
	gc = &cfg{hook: func() int { return n }} // ERROR "^&cfg\{\.\.\.\} escapes to heap$" "^func literal escapes to heap$"
}

func hookInLocalStruct(n int) int {
	c := &cfg{hook: func() int { return n }} // ERROR "^&cfg\{\.\.\.\} does not escape$" "^func literal does not escape$"
	return c.hook()
}

func closureOverLoopSlice(s []int) func() int { // ERROR "^s does not escape$"
	total := 0
	for _, v := range s {
		total += v
	}
	return func() int { return total } // ERROR "^func literal escapes to heap$"
}

func closureModifiesParamSlice(s []int) { // ERROR "^s does not escape$"
	func() { // ERROR "^func literal does not escape$"
		s[0] = 1
	}()
}

func closureReturnsLocalAddr() *int {
	f := func() *int { // ERROR "^func literal does not escape$"
		y := 2 // ERROR "^moved to heap: y$"
		return &y
	}
	return f()
}
