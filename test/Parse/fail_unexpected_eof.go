// errorcheck

// A file that ends inside a function.

package p

func f() {
	x := 1
 // ERROR "syntax error: unexpected EOF, expecting \}"