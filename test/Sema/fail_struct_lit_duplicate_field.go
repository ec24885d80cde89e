// errorcheck

// A field given twice.

package p

type P struct{ x, y int }
var p = P{x: 1, x: 2} // ERROR "duplicate field name x in struct literal"
