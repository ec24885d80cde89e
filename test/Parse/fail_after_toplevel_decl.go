// errorcheck

// Two declarations on one line need a semicolon.

package p

var x int var y int // ERROR "syntax error: unexpected var after top level declaration"
