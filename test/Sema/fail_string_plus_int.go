// errorcheck

// Adding an int constant to a string.

package p

func f(s string) string { return s + 1 } // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
