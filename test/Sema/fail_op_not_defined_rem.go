// errorcheck

// % on floats.

package p

func f(a, b float64) float64 { return a % b } // ERROR "invalid operation: operator % not defined on a \(variable of type float64\)"
