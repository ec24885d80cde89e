// errorcheck

// A call with too few arguments.

package p

func g(a int, b string) {}
func f() { g(1) } // ERROR "not enough arguments in call to g"
