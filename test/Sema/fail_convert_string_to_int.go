// errorcheck

// string to int is not a conversion.

package p

func f(s string) int { return int(s) } // ERROR "cannot convert s \(variable of type string\) to type int"
