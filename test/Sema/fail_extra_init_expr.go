// errorcheck

// More values than names.

package p

var a = 1, 2 // ERROR "extra init expr 2"
