// errorcheck

// += with mismatched types.

package p

func f(x int, s string) { x += s } // ERROR "invalid operation: x \+= s \(mismatched types int and string\)"
