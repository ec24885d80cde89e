// errorcheck

// A bad hex escape.

package p

var x = "\xZZ" // ERROR "invalid character 'Z' in hexadecimal escape"
