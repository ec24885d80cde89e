// errorcheck

// A file that ends inside an expression.

package p

var x = 1 + // ERROR "syntax error: unexpected EOF, expecting expression"