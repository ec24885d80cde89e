// errorcheck

// break takes a label name.

package p

func f() {
	for {
		break 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	}
}
