// errorcheck

// ... in a call of a non-variadic function.

package p

func g(a []int) {}
func f(s []int) { g(s...) } // ERROR "cannot use \.\.\. in call to non-variadic g"
