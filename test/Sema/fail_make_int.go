// errorcheck

// make of a non-makeable type.

package p

var x = make(int) // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
