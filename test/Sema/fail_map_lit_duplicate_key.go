// errorcheck

// A duplicate constant map key.

package p

var m = map[string]int{"a": 1, "a": 2} // ERROR `duplicate key "a" in map literal`
