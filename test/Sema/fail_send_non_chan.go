// errorcheck

// Sending on a non-channel.

package p

func f(c int) { c <- 1 } // ERROR "invalid operation: cannot send to non-channel c \(variable of type int\)"
