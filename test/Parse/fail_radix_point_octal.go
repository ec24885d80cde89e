// errorcheck

// 0o literals have no radix point.

package p

var x = 0o1.2 // ERROR "invalid radix point in octal literal"
