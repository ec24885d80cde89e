// errorcheck

// An index expression needs an index.

package p

func f(a []int) {
	_ = a[] // ERROR "syntax error: unexpected \], expecting operand"
}
