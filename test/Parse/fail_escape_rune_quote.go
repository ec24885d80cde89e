// errorcheck

// A double quote cannot be escaped in a rune literal.

package p

var x = '\"' // ERROR "unknown escape"
