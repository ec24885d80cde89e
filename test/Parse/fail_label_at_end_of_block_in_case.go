// errorcheck

// A label before `}` is fine, before case it is not.

package p

func f() {
	goto L
L:
}
func g(x int) {
	switch x {
	case 1:
	M: // ERROR "syntax error: missing statement after label"
	default:
	}
}
