// errorcheck

// A case needs a colon.

package p

func f(x int) {
	switch x {
	case 1 // ERROR "syntax error: unexpected newline, expecting :"
	}
}
