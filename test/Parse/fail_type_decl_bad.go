// errorcheck

// A type declaration needs a type, not a value.

package p

type T 1 // ERROR "syntax error: unexpected literal 1 in type declaration"
