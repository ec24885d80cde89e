// errorcheck

// append of a string to []byte without ....

package p

func f(b []byte) []byte { return append(b, "s") } // ERROR `cannot use "s" \(untyped string constant\) as byte value in argument to append`
