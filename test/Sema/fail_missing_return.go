// errorcheck

// A function that can fall off its end.

package p

func f(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"
