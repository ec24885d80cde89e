// errorcheck

// An operator needs an operand.

package p

func f() {
	x := 1 +
} // ERROR "syntax error: unexpected \}, expecting expression"
