// errorcheck

// iota outside a constant declaration.

package p

var x = iota // ERROR "cannot use iota outside constant declaration"
