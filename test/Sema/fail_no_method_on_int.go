// errorcheck

// Selecting on a basic type.

package p

func f(x int) { x.foo() } // ERROR "x\.foo undefined \(type int has no field or method foo\)"
