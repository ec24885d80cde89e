// errorcheck

// A 3-index slice of a string.

package p

func f(s string) string { return s[1:2:3] } // ERROR "invalid operation: 3-index slice of string"
