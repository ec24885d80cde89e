// errorcheck

// A constant index beyond a constant string.

package p

const s = "abc"
var b = s[10] // ERROR "invalid argument: index 10 out of bounds \[0:3\]"
