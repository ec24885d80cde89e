// errorcheck

// An array length that is not constant.

package p

func f(n int) { var a [n]int; _ = a } // ERROR "invalid array length n"
