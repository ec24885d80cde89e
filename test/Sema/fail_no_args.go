// errorcheck

// A call with no arguments.

package p

func g(a int) {}
func f() { g() } // ERROR "not enough arguments in call to g"
