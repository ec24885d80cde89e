// errorcheck

// Methods on a predeclared type.

package p

func (x int) M() {} // ERROR "cannot define new methods on non-local type int"
