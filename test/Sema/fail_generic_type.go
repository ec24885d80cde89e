// errorcheck

// Type parameters are not in the goscape language.
// gc-agreement: skip goscape rejects generics, gc accepts them

package p

type List[T any] struct{ next *List[T] } // ERROR "generics are not supported by goscape"
