// errorcheck

// A map type needs brackets around the key.

package p

var m map string]int // ERROR "syntax error: unexpected string, expecting \["
