// errorcheck

// An untyped constant too large for byte.

package p

var b byte = 300 // ERROR "cannot use 300 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
