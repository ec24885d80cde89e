// errorcheck

// A type declaration needs a type.

package p

type T // ERROR "syntax error: unexpected newline in type declaration"
