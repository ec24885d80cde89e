// errorcheck

// Assignment to a constant.

package p

const c = 1
func f() { c = 2 } // ERROR "cannot assign to c \(untyped int constant 1\)"
