// errorcheck

// A directive before a statement.

package p

func f() {
//go:noinline // ERROR "misplaced compiler directive"
	x := 1
	_ = x
}
