// errorcheck

// A struct type with a duplicate field.

package p

type T struct {
	a int
	a string // ERROR "a redeclared"
}
