// errorcheck

// Indexing an int.

package p

func f(x int) int { return x[0] } // ERROR "invalid operation: cannot index x \(variable of type int\)"
