// errorcheck

// A duplicate constant case.

package p

func f(x int) {
	switch x {
	case 1:
	case 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	}
}
