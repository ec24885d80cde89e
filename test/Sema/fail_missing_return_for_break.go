// errorcheck

// A loop with a break is not terminating.

package p

func f() int {
	for {
		break
	}
} // ERROR "missing return"
