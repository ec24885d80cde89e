// errorcheck

// A var declaration needs a type or a value.

package p

var x // ERROR "syntax error: unexpected newline, expecting type"
