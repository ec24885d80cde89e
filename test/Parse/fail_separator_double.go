// errorcheck

// `_` must separate digits.

package p

var x = 1__0 // ERROR "'_' must separate successive digits"
