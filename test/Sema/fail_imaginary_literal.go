// errorcheck

// Imaginary literals are not in the goscape language.
// gc-agreement: skip goscape rejects complex numbers, gc accepts them

package p

var c = 2i // ERROR "complex numbers are not supported by goscape"
