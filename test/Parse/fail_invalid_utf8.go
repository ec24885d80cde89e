// errorcheck

// Source must be valid UTF-8.

package p

var x = "ÿ" // ERROR "invalid UTF-8 encoding"
