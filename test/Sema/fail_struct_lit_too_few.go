// errorcheck

// Too few values in a struct literal.

package p

type P struct{ x, y int }
var p = P{1} // ERROR "too few values in P\{…\}"
