// errorcheck

// A map literal element without key.

package p

var m = map[string]int{1} // ERROR "missing key in map literal"
