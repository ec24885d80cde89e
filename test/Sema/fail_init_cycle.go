// errorcheck

// Two variables initialized from each other.

package p

var x = y // ERROR "initialization loop for x"
var y = x
