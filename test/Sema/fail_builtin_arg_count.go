// errorcheck

// len with two arguments.

package p

func f(s []int) int { return len(s, s) } // ERROR "invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)"
