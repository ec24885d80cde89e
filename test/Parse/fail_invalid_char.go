// errorcheck

// A character that is not Go.

package p

var x = 1 @ 2 // ERROR "invalid character U\+0040 '@'" "syntax error: unexpected literal 2 after top level declaration"
