// errorcheck

// continue to a label of a switch.

package p

func f(x int) {
L:
	switch x {
	case 1:
		for {
			continue L // ERROR "invalid continue label L"
		}
	}
}
