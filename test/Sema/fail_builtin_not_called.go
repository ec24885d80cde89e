// errorcheck

// A builtin used as a value.

package p

var f = len // ERROR "len \(built-in\) must be called"
