// errorcheck

// Shifting a float operand.

package p

func f(x float64) float64 { return x << 2 } // ERROR "invalid operation: shifted operand x \(variable of type float64\) must be integer"
