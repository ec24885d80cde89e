// errorcheck

// A call with too many arguments.

package p

func g(a int) {}
func f() { g(1, 2) } // ERROR "too many arguments in call to g"
