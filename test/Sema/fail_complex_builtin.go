// errorcheck

// complex is not supported by goscape.
// gc-agreement: skip goscape rejects complex numbers, gc accepts them

package p

var c = complex(1, 2) // ERROR "complex numbers are not supported by goscape"
