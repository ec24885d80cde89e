// errorcheck

// Keyed and positional elements mixed.

package p

type P struct{ x, y int }
var p = P{x: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
