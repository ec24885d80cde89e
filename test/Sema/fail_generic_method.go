// errorcheck

// A method of a generic type is reported once, at its receiver type: its
// type parameters in the signature and body report nothing more.
// gc-agreement: skip goscape rejects generics, gc accepts them

package p

type Stack[T any] []T // ERROR "generics are not supported by goscape"

func (s *Stack[T]) Push(v T) { *s = append(*s, v) } // ERROR "generics are not supported by goscape"

func (s Stack[T]) Top() (t T) { // ERROR "generics are not supported by goscape"
	var zero T
	if len(s) == 0 {
		return zero
	}
	return s[len(s)-1]
}
