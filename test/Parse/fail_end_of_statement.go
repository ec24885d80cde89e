// errorcheck

// Two statements on one line need a semicolon.

package p

func f() {
	x := 1 y := 2 // ERROR "syntax error: unexpected y at end of statement"
}
