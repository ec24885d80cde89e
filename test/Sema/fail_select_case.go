// errorcheck

// A select case that is not a communication.

package p

func f(x int) {
	select {
	case x > 1: // ERROR "select case must be send or receive \(possibly with assignment\)"
	}
}
