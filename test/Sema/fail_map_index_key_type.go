// errorcheck

// A map index of the wrong key type.

package p

func f(m map[string]int) int { return m[1] } // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
