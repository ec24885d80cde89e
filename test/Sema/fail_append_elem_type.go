// errorcheck

// append of a wrong element type.

package p

func f(s []int) []int { return append(s, "a") } // ERROR `cannot use "a" \(untyped string constant\) as int value in argument to append`
