// errorcheck

// < on booleans.

package p

func f(a, b bool) bool { return a < b } // ERROR "invalid operation: a < b \(operator < not defined on bool\)"
