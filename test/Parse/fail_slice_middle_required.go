// errorcheck

// A 3-index slice needs the middle index.

package p

func f(a []int) {
	_ = a[1::3] // ERROR "middle index required in 3-index slice"
}
