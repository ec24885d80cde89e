// errorcheck

// A string index.

package p

func f(s []int) int { return s["a"] } // ERROR `cannot convert "a" \(untyped string constant\) to int`
