// errorcheck

// A typed argument of the wrong type.

package p

func g(a int) {}
func f(s string) { g(s) } // ERROR "cannot use s \(variable of type string\) as type int in argument to g"
