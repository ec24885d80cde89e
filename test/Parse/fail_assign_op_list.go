// errorcheck

// op= takes a single operand on each side.

package p

func f(a, b int) {
	a, b += 1, 2 // ERROR "syntax error: unexpected \+=, expecting := or = or comma"
}
