// errorcheck

// ... is only for the final parameter type, not arrays.

package p

var a [...]int
var b = [..]int{} // ERROR "syntax error: unexpected \., expecting expression"
