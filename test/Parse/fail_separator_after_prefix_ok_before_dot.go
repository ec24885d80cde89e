// errorcheck

// `_` before a radix point.

package p

var x = 1_.5 // ERROR "'_' must separate successive digits"
