// errorcheck

// A negative constant index.

package p

func f(s []int) int { return s[-1] } // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
