// errorcheck

// Receiving from a send-only channel.

package p

func f(c chan<- int) int { return <-c } // ERROR "invalid operation: cannot receive from send-only channel c \(variable of type chan<- int\)"
