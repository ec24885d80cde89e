// errorcheck

// Converting a constant that does not fit.

package p

var x = int8(200) // ERROR "cannot convert 200 \(untyped int constant\) to type int8"
