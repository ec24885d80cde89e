// errorcheck

// := with no new variable on the left.

package p

func f() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	_ = x
}
