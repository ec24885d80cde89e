// errorcheck

// A 3-index slice needs the final index.

package p

func f(a []int) {
	_ = a[1:2:] // ERROR "final index required in 3-index slice"
}
