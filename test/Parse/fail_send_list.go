// errorcheck

// A send has a single channel.

package p

func f(a, b chan int) {
	a, b <- 1 // ERROR "syntax error: unexpected <-, expecting := or = or comma"
}
