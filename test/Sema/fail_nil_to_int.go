// errorcheck

// nil assigned to an int.

package p

var x int = nil // ERROR "cannot use nil as int value in variable declaration"
