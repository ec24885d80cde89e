// errorcheck

// A pointer method set does not apply to a value in an interface conversion.

package p

type S interface{ String() string }
type T int
func (t *T) String() string { return "" }
func f(t T) S { return t } // ERROR "cannot use t \(variable of type T\) as type S in return statement:"
