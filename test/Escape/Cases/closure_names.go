// errorcheck -0 -m -l

// gc names a function literal when its front end meets it, after the
// function it is in and counting that function's literals in source
// order, dead ones included: f.func1, f.func2; a literal in a literal is
// f.func1.1; one in a package variable's initializer is glob..func1,
// counted across the package; the init functions are init.0, init.1. The
// names show in the -m -m lines of variables captured by reference (the
// multiset test checks them); the wrappers of go/defer calls are named
// after all of them and never show.

package p

var sink interface{}

var G = func() int {
	x := 0
	func() { x++ }() // ERROR "^func literal does not escape$"
	return x
}

var H = func() func() int { // ERROR "^func literal does not escape$"
	y := 0 // ERROR "^moved to heap: y$"
	return func() int { y++; return y } // ERROR "^func literal escapes to heap$"
}()

func nested() {
	defer println(1, 2)
	func() { // ERROR "^func literal does not escape$"
		a := 0
		func() { a++ }() // ERROR "^func literal does not escape$"
		func() { // ERROR "^func literal does not escape$"
			b := 0
			func() { a++; b++ }() // ERROR "^func literal does not escape$"
		}()
	}()
	func() { // ERROR "^func literal does not escape$"
		c := 0
		defer func() { c++ }() // ERROR "^func literal does not escape$"
	}()
}

func dead() {
	if false {
		func() {}()
	}
	func() { // ERROR "^func literal does not escape$"
		d := 0
		func() { d++ }() // ERROR "^func literal does not escape$"
	}()
	switch 1 {
	case 2:
		sink = func() {}
	}
	func() { // ERROR "^func literal does not escape$"
		e := 0
		func() { e++ }() // ERROR "^func literal does not escape$"
	}()
}

func init() {
	f := 0
	func() { f++ }() // ERROR "^func literal does not escape$"
}

func init() {
	func() { // ERROR "^func literal does not escape$"
		g := 0
		func() { g++ }() // ERROR "^func literal does not escape$"
	}()
}

type T struct{}

func (*T) M() {
	func() { // ERROR "^func literal does not escape$"
		h := 0
		func() { h++ }() // ERROR "^func literal does not escape$"
	}()
}
