// errorcheck

// A switch without default is not terminating.

package p

func f(x int) int {
	switch x {
	case 1:
		return 1
	}
} // ERROR "missing return"
