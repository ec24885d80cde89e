// errorcheck

// fallthrough outside a switch.

package p

func f() {
	for {
		fallthrough // ERROR "fallthrough statement out of place"
	}
}
