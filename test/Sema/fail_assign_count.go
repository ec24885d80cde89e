// errorcheck

// Assignment with mismatched counts.

package p

func f() {
	var a, b int
	a, b = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _ = a, b
}
