// errorcheck

// The predeclared complex types are rejected where they are named, with
// the same message as complex literals and builtins (not as undefined).
// gc-agreement: skip goscape rejects complex numbers, gc accepts them

package p

var c complex128 // ERROR "complex numbers are not supported by goscape"

func f(x complex64) {} // ERROR "complex numbers are not supported by goscape"

type T struct {
	re, im float64
	z      []complex64 // ERROR "complex numbers are not supported by goscape"
}
