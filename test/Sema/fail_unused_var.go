// errorcheck

// A local variable that is never used.

package p

func f() {
	x := 1 // ERROR "x declared but not used"
}
