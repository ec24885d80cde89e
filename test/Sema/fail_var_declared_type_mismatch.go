// errorcheck

// A var declaration with a mismatched initializer.

package p

var s string = 1 // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
