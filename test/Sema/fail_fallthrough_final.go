// errorcheck

// fallthrough in the final case.

package p

func f(x int) {
	switch x {
	case 1:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
