// errorcheck -0 -m -l

// Closures capture variables by value (small, never reassigned after
// capture, address not taken) or by reference.

package p

var gf func() int
var gfs []func()

func captureValueCalled() int {
	x := 1
	return func() int { return x }() // ERROR "^func literal does not escape$"
}

func captureValueReturned() func() int {
	x := 1
	return func() int { return x } // ERROR "^func literal escapes to heap$"
}

func captureRefReturned() func() int {
	x := 1 // ERROR "^moved to heap: x$"
	return func() int { // ERROR "^func literal escapes to heap$"
		x++
		return x
	}
}

func captureReassignedAfter() func() int {
	x := 1 // ERROR "^moved to heap: x$"
	f := func() int { return x } // ERROR "^func literal escapes to heap$"
	x = 2
	return f
}

func captureAddrTaken() func() int {
	x := 1 // ERROR "^moved to heap: x$"
	p := &x
	*p = 3
	return func() int { return x } // ERROR "^func literal escapes to heap$"
}

func captureLargeValue() func() int {
	var a [200]byte // ERROR "^moved to heap: a$"
	return func() int { return int(a[0]) } // ERROR "^func literal escapes to heap$"
}

func captureSmallArray() func() int {
	var a [16]byte
	return func() int { return int(a[1]) } // ERROR "^func literal escapes to heap$"
}

func captureParam(n int) func() int {
	return func() int { return n } // ERROR "^func literal escapes to heap$"
}

func captureParamModified(n int) func() int { // ERROR "^moved to heap: n$"
	return func() int { // ERROR "^func literal escapes to heap$"
		n++
		return n
	}
}

func capturePointerParam(p *int) func() int { // ERROR "^leaking param: p$"
	return func() int { return *p } // ERROR "^func literal escapes to heap$"
}

func captureTwoLevels() func() func() int {
	x := 1
	return func() func() int { // ERROR "^func literal escapes to heap$"
		return func() int { return x } // ERROR "^func literal escapes to heap$"
	}
}

func captureToGlobal() {
	y := 2
	gf = func() int { return y } // ERROR "^func literal escapes to heap$"
}

func captureModifiedToGlobal() {
	y := 2 // ERROR "^moved to heap: y$"
	gf = func() int { // ERROR "^func literal escapes to heap$"
		y *= 2
		return y
	}
}

func captureSliceValue(s []int) func() int { // ERROR "^leaking param: s$"
	return func() int { return len(s) } // ERROR "^func literal escapes to heap$"
}

func captureStringValue(s string) func() string { // ERROR "^leaking param: s$"
	return func() string { return s } // ERROR "^func literal escapes to heap$"
}

func captureLocalCalled() int {
	x := 0
	func() { x = 5 }() // ERROR "^func literal does not escape$"
	return x
}

func captureInLoop() {
	for i := 0; i < 3; i++ { // ERROR "^moved to heap: i$"
		gfs = append(gfs, func() { _ = i }) // ERROR "^func literal escapes to heap$"
	}
}
