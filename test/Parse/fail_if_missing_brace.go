// errorcheck

// An if clause needs braces.

package p

func f(x bool) {
	if x
		return // ERROR "syntax error: unexpected return, expecting expression"
}
