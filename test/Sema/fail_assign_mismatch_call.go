// errorcheck

// Two variables from a one-result call.

package p

func g() int { return 1 }
func f() { a, b := g(); _, _ = a, b } // ERROR "assignment mismatch: 2 variables but g returns 1 value"
