// errorcheck

// A function directive before a var declaration.

package p

//go:noinline // ERROR "misplaced compiler directive"
var x int
