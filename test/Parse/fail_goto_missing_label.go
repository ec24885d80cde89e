// errorcheck

// goto needs a label.

package p

func f() {
	goto
} // ERROR "syntax error: unexpected \}, expecting name"
