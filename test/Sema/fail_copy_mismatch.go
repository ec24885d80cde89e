// errorcheck

// copy between different element types.

package p

func f(a []int, b []string) { copy(a, b) } // ERROR "invalid argument: arguments to copy a \(variable of type \[\]int\) and b \(variable of type \[\]string\) have different element types int and string"
