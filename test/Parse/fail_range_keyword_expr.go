// errorcheck

// range is only allowed in a for header.

package p

func f(a []int) {
	x := range a // ERROR "syntax error: unexpected range, expecting expression"
}
