// errorcheck

// && on ints.

package p

func f(a, b int) int { return a && b } // ERROR "invalid operation: operator && not defined on a \(variable of type int\)"
