// errorcheck

// A key naming no field.

package p

type P struct{ x, y int }
var p = P{z: 1} // ERROR "unknown field 'z' in struct literal of type P"
