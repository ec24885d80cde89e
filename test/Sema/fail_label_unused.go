// errorcheck

// A label never used.

package p

func f() {
L: // ERROR "label L defined and not used"
	for {
	}
}
