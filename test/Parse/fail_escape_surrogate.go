// errorcheck

// Surrogate halves are not code points.

package p

var x = "\uD800" // ERROR "escape is invalid Unicode code point U\+D800"
