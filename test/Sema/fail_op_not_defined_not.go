// errorcheck

// ! on an int.

package p

func f(x int) bool { return !x } // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
