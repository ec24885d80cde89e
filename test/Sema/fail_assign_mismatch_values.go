// errorcheck

// Two variables, three values.

package p

func f() { var a, b = 1, 2, 3; _, _ = a, b } // ERROR "extra init expr 3"
