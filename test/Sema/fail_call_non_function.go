// errorcheck

// Calling an int.

package p

func f(x int) { x() } // ERROR "invalid operation: cannot call non-function x \(variable of type int\)"
