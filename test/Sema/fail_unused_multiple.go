// errorcheck

// Several unused variables are all reported.

package p

func f() {
	a := 1 // ERROR "a declared but not used"
	b, c := 2, 3 // ERROR "b declared but not used" "c declared but not used"
	var d int // ERROR "d declared but not used"
}
