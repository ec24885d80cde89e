// errorcheck

// Interfaces embedding each other: the cycle is reported once, and an
// assignment between them checked before that (at package level) agrees
// with gc, which computes the source interface's method set first.

package p

type I1 interface { // ERROR "invalid recursive type I1"
	m() I2
	I2
}

type I2 interface {
	I1
}

var i1 I1 = i2
var i2 I2
var i2a I2 = i1
