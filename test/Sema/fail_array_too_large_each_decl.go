// errorcheck

// A too large array type written out in several declarations is reported
// at each of them; a variable of a defined type reported already is not.

package p

type V [1 << 50]byte // ERROR "type \[1125899906842624\]byte larger than address space"

var X [1 << 50]byte // ERROR "type \[1125899906842624\]byte larger than address space"

var Y V

var Z [1 << 50]byte // ERROR "type \[1125899906842624\]byte larger than address space"
