// errorcheck

// A keyed index beyond the array.

package p

var a = [2]int{5: 1} // ERROR "invalid argument: index 5 out of bounds \[0:2\]"
