// errorcheck

// 0x needs digits.

package p

var x = 0x // ERROR "hexadecimal literal has no digits"
