// errorcheck

// Selecting a missing field.

package p

type T struct{ a int }
func f(t T) int { return t.b } // ERROR "t\.b undefined \(type T has no field or method b\)"
