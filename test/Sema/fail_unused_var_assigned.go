// errorcheck

// Assignment alone does not count as use.

package p

func f() {
	var x int // ERROR "x declared but not used"
	x = 2
}
