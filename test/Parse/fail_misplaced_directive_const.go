// errorcheck

// A function directive before a const declaration.

package p

//go:noinline // ERROR "misplaced compiler directive"
const c = 1
