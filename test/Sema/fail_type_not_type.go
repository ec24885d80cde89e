// errorcheck

// A variable used as a type.

package p

var v int
var w v // ERROR "v \(variable of type int\) is not a type"
