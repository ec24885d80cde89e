// errorcheck

// A short variable declaration is not a condition.

package p

func f() {
	if x := 1 { // ERROR "syntax error: cannot use x := 1 as value"
	}
}
