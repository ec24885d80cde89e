// errorcheck

// A non-boolean if condition.

package p

func f(x int) {
	if x { // ERROR "non-boolean condition in if statement"
	}
}
