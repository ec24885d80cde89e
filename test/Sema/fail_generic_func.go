// errorcheck

// Generic functions are not in the goscape language.
// gc-agreement: skip goscape rejects generics, gc accepts them

package p

func Map[T any](x T) T { return x } // ERROR "generics are not supported by goscape"
