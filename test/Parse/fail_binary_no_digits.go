// errorcheck

// 0b needs digits.

package p

var x = 0b // ERROR "binary literal has no digits"
