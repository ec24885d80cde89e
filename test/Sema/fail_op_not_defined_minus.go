// errorcheck

// Unary minus on a string.

package p

func f(s string) string { return -s } // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
