// errorcheck

// Funcs only compare to nil.

package p

func f(a, b func()) bool { return a == b } // ERROR "invalid operation: a == b \(func can only be compared to nil\)"
