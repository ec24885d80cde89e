// errorcheck

// Returning values from a function without results.

package p

func f() { return 1 } // ERROR "too many return values"
