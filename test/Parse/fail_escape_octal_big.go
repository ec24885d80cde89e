// errorcheck

// Octal escapes stop at 255.

package p

var x = "\400" // ERROR "octal escape value 256 > 255"
