// errorcheck

// 9 is not an octal digit.

package p

var x = 0o19 // ERROR "invalid digit '9' in octal literal"
