// errorcheck

// A duplicate field is dropped: selecting it is not ambiguous.

package p

type t struct {
	x int
	x int // ERROR "x redeclared"
}

func f(t *t) int { return t.x }
