// errorcheck

// 0b literals have no radix point.

package p

var x = 0b1.0 // ERROR "invalid radix point in binary literal"
