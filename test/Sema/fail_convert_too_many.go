// errorcheck

// A conversion with two arguments.

package p

var x = int(1, 2) // ERROR "too many arguments in conversion to int"
