// errorcheck

// append to a non-slice.

package p

func f(x int) { _ = append(x, 1) } // ERROR "first argument to append must be a slice; have x \(variable of type int\)"
