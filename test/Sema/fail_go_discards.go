// errorcheck

// go of a builtin whose result is discarded.

package p

func f(s []int) { go len(s) } // ERROR "go discards result of len\(s\) \(value of type int\)"
