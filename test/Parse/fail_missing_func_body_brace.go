// errorcheck

// An expression after a func type.

package p

func f() int 1 // ERROR "syntax error: unexpected literal 1 after top level declaration"
