// errorcheck

// A type assertion on a non-interface.

package p

func f(x int) { _ = x.(int) } // ERROR "invalid operation: x \(variable of type int\) is not an interface"
