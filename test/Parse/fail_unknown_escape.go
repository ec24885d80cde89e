// errorcheck

// An unknown escape sequence.

package p

var x = "\q" // ERROR "unknown escape"
