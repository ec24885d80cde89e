// errorcheck

// An unused variable inside a function literal.

package p

func f() {
	g := func() {
		y := 1 // ERROR "y declared but not used"
	}
	g()
}
