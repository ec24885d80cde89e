// errorcheck

// A type used as a value.

package p

func f() { x := int; _ = x } // ERROR "int \(type\) is not an expression"
