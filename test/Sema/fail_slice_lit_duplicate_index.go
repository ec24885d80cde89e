// errorcheck

// An index given twice.

package p

var s = []int{0: 1, 0: 2} // ERROR "duplicate index 0 in array or slice literal"
