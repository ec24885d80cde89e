// errorcheck -0 -m -l

// A defer outside loops of a call without arguments and results keeps its
// function value in a temporary ({temp}) until the function returns; it
// outlives what the function's closures allocate, and gc makes it before
// it visits the deferred call.

package p

func deferReturnedClosure() (x int) { // ERROR "^moved to heap: x$"
	defer func() func() { // ERROR "^func literal does not escape$"
		return func() { // ERROR "^func literal escapes to heap$"
			println(x)
		}
	}()()
	return 42
}

func deferCapturesResult(name string) (msg string) { // ERROR "^leaking param: name to result msg level=0$"
	defer func() { // ERROR "^func literal does not escape$"
		if r := recover(); r != nil {
			msg = name + ": recovered" // ERROR `^name \+ ": recovered" escapes to heap$`
		}
	}()
	return name
}

func deferFuncValue(f func()) { // ERROR "^f does not escape$"
	defer f()
}

func deferNamedFunc() {
	defer helper()
}

func helper() {}

func deferMadeFunc(n int) {
	g := func() { println(n) } // ERROR "^func literal does not escape$"
	defer g()
}
