// errorcheck

// A selector needs a name or `(`.

package p

func f(a int) {
	_ = a.1 // ERROR "syntax error: unexpected literal \.1 at end of statement"
}
