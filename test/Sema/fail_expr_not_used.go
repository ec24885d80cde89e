// errorcheck

// An expression statement that is not a call.

package p

func f(x int) { x + 1 } // ERROR "x \+ 1 \(value of type int\) is not used"
