// errorcheck

// Slicing an int.

package p

func f(x int) { _ = x[1:] } // ERROR "invalid operation: cannot slice x \(variable of type int\)"
