// errorcheck

// A call that is never closed.

package p

var x = f(1, 2 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
