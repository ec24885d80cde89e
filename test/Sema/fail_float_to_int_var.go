// errorcheck

// Assigning a float variable to an int.

package p

func f(x float64) int { var i int = x; return i } // ERROR "cannot use x \(variable of type float64\) as type int in variable declaration"
