// errorcheck

// An int compared with nil.

package p

func f(a int) bool { return a == nil } // ERROR "invalid operation: a == nil \(mismatched types int and untyped nil\)"
