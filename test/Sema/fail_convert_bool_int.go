// errorcheck

// bool to int.

package p

func f(b bool) int { return int(b) } // ERROR "cannot convert b \(variable of type bool\) to type int"
