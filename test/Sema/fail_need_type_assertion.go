// errorcheck

// An interface assigned to a concrete type.

package p

func f(i interface{}) int { var x int = i; return x } // ERROR "cannot use i \(variable of type interface\{\}\) as type int in variable declaration:"
