// errorcheck

// else on a new line is a new statement.

package p

func f(x bool) {
	if x {
	}
	else { // ERROR "syntax error: unexpected else, expecting \}"
	}
}
