// errorcheck

// A bad octal escape.

package p

var x = "\08" // ERROR "invalid character '8' in octal escape"
