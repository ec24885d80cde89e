// errorcheck

// Inverted constant slice indices.

package p

func f(s []int) []int { return s[3:1] } // ERROR "invalid slice indices: 1 < 3"
