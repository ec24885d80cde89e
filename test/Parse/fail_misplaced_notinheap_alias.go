// errorcheck

// go:notinheap does not apply to aliases.

package p

//go:notinheap // ERROR "misplaced compiler directive"
type T = int
