// errorcheck

// Two variables ranging over a channel.

package p

func f(c chan int) {
	for i, v := range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
		_, _ = i, v
	}
}
