// errorcheck

// An increment is not a condition.

package p

func f(x int) {
	if x++ { // ERROR "syntax error: cannot use x\+\+ as value"
	}
}
