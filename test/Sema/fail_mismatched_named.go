// errorcheck

// Named types are distinct.

package p

type A int
type B int
func f(a A, b B) A { return a + b } // ERROR "invalid operation: a \+ b \(mismatched types A and B\)"
