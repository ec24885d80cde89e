// errorcheck -0 -m -l

// gc captures a closure's variables in the order its front end meets
// their names in the body: in source order, an assignment's right-hand
// side before its left-hand side (the variable it assigns at its own
// name), a range loop's variables before the ranged expression, a
// nested literal's names where they are. The -m -m capture lines and
// the paths explanations take follow that order (the multiset test
// checks them).

package p

var sink func()

func calls(f, g func(int) int) { // ERROR "^leaking param: f$" "^leaking param: g$"
	sink = func() { g(f(1)) } // ERROR "^func literal escapes to heap$"
}

func assigns() {
	x, y, z := 1, 2, 3 // ERROR "^moved to heap: x$" "^moved to heap: y$" "^moved to heap: z$"
	sink = func() { x = y + z } // ERROR "^func literal escapes to heap$"
	sink = func() { z += y; x++ } // ERROR "^func literal escapes to heap$"
	sink = func() { // ERROR "^func literal escapes to heap$"
		func() { y = x }() // ERROR "^func literal does not escape$"
		z = 1
	}
}

func lhsExprs(s []int, m map[int]int, p *struct{ f int }) { // ERROR "^leaking param: m$" "^leaking param: p$" "^moved to heap: s$"
	i, j := 0, 1 // ERROR "^moved to heap: i$"
	sink = func() { s[i] = m[j] } // ERROR "^func literal escapes to heap$"
	sink = func() { p.f, i = j, 2 } // ERROR "^func literal escapes to heap$"
	sink = func() { m[i], s = len(s), nil } // ERROR "^func literal escapes to heap$"
}

func ranges(xs []int) int { // ERROR "^leaking param: xs$"
	k, v := 0, 0 // ERROR "^moved to heap: k$" "^moved to heap: v$"
	sink = func() { // ERROR "^func literal escapes to heap$"
		for k, v = range xs {
		}
	}
	return k + v
}
