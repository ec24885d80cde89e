// errorcheck

// `_` cannot end a literal.

package p

var x = 10_ // ERROR "'_' must separate successive digits"
