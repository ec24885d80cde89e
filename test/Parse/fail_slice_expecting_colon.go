// errorcheck

// An index followed by garbage.

package p

func f(a []int) {
	_ = a[1 2] // ERROR "syntax error: unexpected literal 2, expecting comma, : or \]"
}
