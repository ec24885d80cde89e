// errorcheck

// A map value of the wrong type.

package p

var m = map[string]int{"a": "b"} // ERROR `cannot use "b" \(untyped string constant\) as int value in map literal`
