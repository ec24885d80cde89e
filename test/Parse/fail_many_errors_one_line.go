// errorcheck

// gc reports one syntax error per line.

package p

func f() {
	x := ) + ) // ERROR "syntax error: unexpected \), expecting expression"
}
