// errorcheck

// [...]T outside a composite literal.

package p

var a [...]int // ERROR "invalid use of \[\.\.\.\] array \(outside a composite literal\)"
