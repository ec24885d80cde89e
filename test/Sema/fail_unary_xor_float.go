// errorcheck

// ^ on a float.

package p

func f(x float64) float64 { return ^x } // ERROR "invalid operation: operator \^ not defined on x \(variable of type float64\)"
