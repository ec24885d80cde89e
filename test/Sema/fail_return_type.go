// errorcheck

// Returning the wrong type.

package p

func f() int { return "s" } // ERROR `cannot use "s" \(untyped string constant\) as int value in return statement`
