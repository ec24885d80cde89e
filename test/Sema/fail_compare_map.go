// errorcheck

// Maps only compare to nil.

package p

func f(a, b map[int]int) bool { return a == b } // ERROR "invalid operation: a == b \(map can only be compared to nil\)"
