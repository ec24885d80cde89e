// errorcheck

// A bare return in a function with unnamed results.

package p

func f() int { return } // ERROR "not enough return values"
