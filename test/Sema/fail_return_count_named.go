// errorcheck

// Too many return values with named results.

package p

func f() (x int) { return 1, 2 } // ERROR "too many return values"
