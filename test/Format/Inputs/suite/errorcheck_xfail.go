// errorcheck

// lit's expected-failure marker works in errorcheck files:
// XFAIL: *

package p

var x = y // ERROR "undefined: y"
