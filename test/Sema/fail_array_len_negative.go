// errorcheck

// A negative array length.

package p

var a [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
