// errorcheck

// 8 is not an octal digit.

package p

var x = 0128 // ERROR "invalid digit '8' in octal literal"
