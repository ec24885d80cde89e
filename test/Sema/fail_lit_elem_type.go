// errorcheck

// An element of the wrong type.

package p

var s = []int{"a"} // ERROR `cannot use "a" \(untyped string constant\) as int value in array or slice literal`
