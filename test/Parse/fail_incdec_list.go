// errorcheck

// ++ applies to a single operand.

package p

func f(a, b int) {
	a, b++ // ERROR "syntax error: unexpected \+\+, expecting := or = or comma"
}
