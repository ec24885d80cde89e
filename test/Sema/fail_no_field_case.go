// errorcheck

// A missing field whose other-case spelling exists.

package p

type T struct{ Name int }
func f(t T) int { return t.name } // ERROR "t\.name undefined \(type T has no field or method name, but does have Name\)"
