// errorcheck

// A directive that is not alone on its line.

package p

var x int //go:noinline // ERROR "misplaced compiler directive"
