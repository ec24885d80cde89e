// errorcheck

// A switch needs braces.

package p

func f(x int) {
	switch x
	case 1: // ERROR "syntax error: unexpected case, expecting expression"
	} // ERROR "syntax error: missing \{ after switch clause"
}
