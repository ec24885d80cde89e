// errorcheck

// Binary operation on different types.

package p

func f(x int, y string) { _ = x + y } // ERROR "invalid operation: x \+ y \(mismatched types int and string\)"
