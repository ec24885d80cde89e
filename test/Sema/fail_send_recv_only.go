// errorcheck

// Sending on a receive-only channel.

package p

func f(c <-chan int) { c <- 1 } // ERROR "invalid operation: cannot send to receive-only channel c \(variable of type <-chan int\)"
