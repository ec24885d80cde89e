// errorcheck

// A stray `)`.

package p

func f() {
	x := 1) // ERROR "syntax error: unexpected \) at end of statement"
}
