// errorcheck

// An if with only an init statement.

package p

func f() {
	if x := 1; { // ERROR "syntax error: missing condition in if statement"
	}
}
