// errorcheck

// Slices only compare to nil.

package p

func f(a, b []int) bool { return a == b } // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
