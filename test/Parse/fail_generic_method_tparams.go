// errorcheck

// Methods cannot have type parameters.

package p

type T int
func (T) m[P any]() {} // ERROR "syntax error: method must have no type parameters"
