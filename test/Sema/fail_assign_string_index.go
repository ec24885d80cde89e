// errorcheck

// Assignment to a string byte.

package p

func f(s string) { s[0] = 'a' } // ERROR "cannot assign to s\[0\] \(value of type byte\)"
