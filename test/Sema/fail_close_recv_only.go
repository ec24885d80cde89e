// errorcheck

// close of a receive-only channel.

package p

func f(c <-chan int) { close(c) } // ERROR "invalid operation: cannot close receive-only channel c \(variable of type <-chan int\)"
