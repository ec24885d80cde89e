// errorcheck

// Two embedded fields with the same name at one depth.

package p

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}
func f(c C) int { return c.X } // ERROR "ambiguous selector c\.X"
