// errorcheck

// A send is not a condition.

package p

func f(c chan int) {
	if c <- 1 { // ERROR "syntax error: cannot use c <- 1 as value"
	}
}
