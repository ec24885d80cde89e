// errorcheck

// The type of a composite literal cannot be parenthesized.

package p

type T struct{}
var x = (T){} // ERROR "syntax error: cannot parenthesize type in composite literal"
