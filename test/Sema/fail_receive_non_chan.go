// errorcheck

// Receiving from an int.

package p

func f(x int) { <-x } // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
