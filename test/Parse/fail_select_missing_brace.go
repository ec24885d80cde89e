// errorcheck

// A select needs braces.

package p

func f() {
	select
} // ERROR "syntax error: missing \{ after select clause"
