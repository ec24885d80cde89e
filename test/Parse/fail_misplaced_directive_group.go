// errorcheck

// Directives inside a declaration group.

package p

type (
	//go:notinheap
	A int
	//go:noinline // ERROR "misplaced compiler directive"
	B int
)
