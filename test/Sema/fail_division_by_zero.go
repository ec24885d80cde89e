// errorcheck

// Integer division by a zero constant.

package p

func f(x int) int { return x / 0 } // ERROR "invalid operation: division by zero"
