// errorcheck

// Assignment to a call result.

package p

func g() int { return 1 }
func f() { g() = 2 } // ERROR "cannot assign to g\(\) \(value of type int\)"
