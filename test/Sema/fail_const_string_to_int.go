// errorcheck

// A string constant assigned to an int.

package p

var x int = "hello" // ERROR `cannot use "hello" \(untyped string constant\) as int value in variable declaration`
