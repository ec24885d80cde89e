// errorcheck

// An if statement needs a condition.

package p

func f() {
	if { // ERROR "syntax error: missing condition in if statement"
	}
}
