// errorcheck

// After an assignment count mismatch, or a variable left without an
// initializer, the variables involved are not reported as unused.

package p

func f() int { return 1 }

func g() {
	var a, b int
	a, b = f() // ERROR "assignment mismatch: 2 variables but f returns 1 value"
}

func h() {
	var c, d, e = 1, 2 // ERROR "missing init expr for e"
	_, _ = c, d
}
