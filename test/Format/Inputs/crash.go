// errorcheck

package p

// FAKE: [[@LINE+2]]:9: undefined: y
// FAKE-EXIT: 134
var x = y // ERROR "undefined: y"
