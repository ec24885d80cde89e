// errorcheck

// A negative constant shift count.

package p

func f(x int) int { return x << -1 } // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
