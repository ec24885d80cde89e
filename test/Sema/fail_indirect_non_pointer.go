// errorcheck

// Dereferencing an int.

package p

func f(x int) int { return *x } // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
