// errorcheck

// Composite literal elements are separated by commas.

package p

var x = []int{1 2} // ERROR "syntax error: unexpected literal 2 in composite literal; possibly missing comma or \}"
