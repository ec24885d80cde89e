// errorcheck

package p

// FAKE: [[@LINE+1]]:9: undefined: y
var x = y // ERROR "undefined: y"
