// errorcheck

// A return statement followed by garbage.

package p

func f() int {
	return 1 2 // ERROR "syntax error: unexpected literal 2 at end of statement"
}
