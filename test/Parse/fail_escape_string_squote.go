// errorcheck

// A single quote cannot be escaped in a string.

package p

var x = "\'" // ERROR "unknown escape"
