// errorcheck

// An e exponent needs a decimal mantissa.

package p

var x = 0b1e3 // ERROR "'e' exponent requires decimal mantissa"
