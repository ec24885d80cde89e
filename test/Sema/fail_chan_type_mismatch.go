// errorcheck

// A send of the wrong type.

package p

func f(c chan int) { c <- "s" } // ERROR `cannot use "s" \(untyped string constant\) as int value in send`
