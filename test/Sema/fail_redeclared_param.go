// errorcheck

// A body-level variable redeclaring a parameter.

package p

func f(x int) {
	var x int // ERROR "x redeclared in this block"
	_ = x
}
