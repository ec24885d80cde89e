// errorcheck

// Too many values in a struct literal.

package p

type P struct{ x, y int }
var p = P{1, 2, 3} // ERROR "too many values in P\{…\}"
