// errorcheck

// A constraint interface (a union, a ~T term, an embedded non-interface
// type, the predeclared comparable) is generics: reported at the element,
// never as "is not a type" or "undefined".
// gc-agreement: skip goscape rejects generics, gc accepts them

package p

type Number interface{ ~int | ~float64 } // ERROR "generics are not supported by goscape"

type Exact interface{ int } // ERROR "generics are not supported by goscape"

type Tilde interface {
	~string // ERROR "generics are not supported by goscape"
	String() string
}

type Union interface {
	Tilde
	int8 | int16 // ERROR "generics are not supported by goscape"
}

type Cmp interface{ comparable } // ERROR "generics are not supported by goscape"
