// errorcheck

// defer of append discards its result.

package p

func f(s []int) { defer append(s, 1) } // ERROR "defer discards result of append\(s, 1\) \(value of type \[\]int\)"
