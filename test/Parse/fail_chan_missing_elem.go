// errorcheck

// A channel type needs an element type.

package p

var c chan
 // ERROR "syntax error: missing channel element type"