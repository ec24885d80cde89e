// errorcheck

// A negative constant to an unsigned type.

package p

var u uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
