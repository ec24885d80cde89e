// errorcheck

// Unused range variables.

package p

func f(s []int) {
	for i, v := range s { // ERROR "i declared but not used" "v declared but not used"
	}
}
