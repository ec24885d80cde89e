// errorcheck

// Two package-level declarations of one name.

package p

var a int
func a() {} // ERROR "a redeclared in this block"
