// errorcheck

// An expression list must be followed by an assignment.

package p

func f(a, b int) {
	a, b // ERROR "syntax error: unexpected newline, expecting := or = or comma"
}
