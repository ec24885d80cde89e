// errorcheck

// A constant initialized with a variable.

package p

var v = 1
const c = v // ERROR "v \(variable of type int\) is not constant"
