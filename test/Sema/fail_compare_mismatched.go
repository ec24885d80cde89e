// errorcheck

// Comparison of different types.

package p

func f(a int, b string) bool { return a == b } // ERROR "invalid operation: a == b \(mismatched types int and string\)"
