// errorcheck

// A label must be followed by a statement.

package p

func f() {
	switch {
	case true:
	L: // ERROR "syntax error: missing statement after label"
	case false:
	}
}
