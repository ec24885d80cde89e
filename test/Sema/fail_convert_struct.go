// errorcheck

// Structs with different fields.

package p

type A struct{ x int }
type B struct{ y int }
func f(a A) B { return B(a) } // ERROR "cannot convert a \(variable of type A\) to type B"
