// errorcheck

// A method expression of a missing method.

package p

type T struct{}
func f() { _ = T.M } // ERROR "T\.M undefined \(type T has no field or method M\)"
