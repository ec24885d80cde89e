// errorcheck

// delete from a slice.

package p

func f(s []int) { delete(s, 0) } // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
