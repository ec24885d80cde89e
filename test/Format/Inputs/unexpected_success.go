// errorcheck

package p

// FAKE-EXIT: 0
var x = y // ERROR "undefined: y"
