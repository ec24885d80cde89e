// errorcheck

// A hexadecimal float needs a p exponent.

package p

var x = 0x1.5 // ERROR "hexadecimal mantissa requires a 'p' exponent"
