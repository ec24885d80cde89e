// errorcheck

// continue outside a loop.

package p

func f() {
	switch {
	case true:
		continue // ERROR "continue is not in a loop"
	}
}
