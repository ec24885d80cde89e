// errorcheck

// A non-boolean for condition.

package p

func f(x int) {
	for x { // ERROR "non-boolean condition in for statement"
	}
}
