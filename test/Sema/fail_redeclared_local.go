// errorcheck

// Redeclaration in one block.

package p

func f() {
	var x int
	var x string // ERROR "x redeclared in this block"
	_, _ = x, x
}
