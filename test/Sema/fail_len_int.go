// errorcheck

// len of an int.

package p

func f(x int) int { return len(x) } // ERROR "invalid argument: x \(variable of type int\) for len"
