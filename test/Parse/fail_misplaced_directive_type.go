// errorcheck

// A function directive before a type declaration.

package p

//go:noinline // ERROR "misplaced compiler directive"
type T int
