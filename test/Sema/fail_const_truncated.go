// errorcheck

// A fractional constant assigned to an int.

package p

var i int = 1.5 // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
