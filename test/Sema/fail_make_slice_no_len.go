// errorcheck

// make of a slice without length.

package p

var x = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
