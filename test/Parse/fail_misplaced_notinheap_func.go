// errorcheck

// go:notinheap applies to types only.

package p

//go:notinheap // ERROR "misplaced compiler directive"
func f() {}
