// errorcheck

// A non-letter inside an identifier.

package p

var a·b int // ERROR "invalid character U\+00B7 '·' in identifier"
