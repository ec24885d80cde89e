// errorcheck

// A for clause needs braces.

package p

func f() {
	for i := 0; i < 3; i++ // ERROR "syntax error: unexpected newline, expecting \{ after for clause"
		println(i)
}
