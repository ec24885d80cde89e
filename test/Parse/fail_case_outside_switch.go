// errorcheck

// case outside a switch.

package p

func f() {
	case 1: // ERROR "syntax error: unexpected case, expecting \}"
}
