// errorcheck

// A variadic argument of the wrong type.

package p

func g(a ...int) {}
func f() { g(1, "x") } // ERROR `cannot use "x" \(untyped string constant\) as int value in argument to g`
