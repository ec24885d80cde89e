// errorcheck

// make with len > cap.

package p

var x = make([]int, 10, 5) // ERROR "invalid argument: length and capacity swapped"
