// errorcheck

// A composite literal of a basic type.

package p

var x = int{1} // ERROR "invalid composite literal type int"
