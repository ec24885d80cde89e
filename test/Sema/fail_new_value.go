// errorcheck

// new of a value.

package p

var x = new(1) // ERROR "1 is not a type"
