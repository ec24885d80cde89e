// errorcheck

// `:=` is not allowed in a var declaration.

package p

var x := 1 // ERROR "syntax error: unexpected :=, expecting ="
