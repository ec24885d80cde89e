// errorcheck

// Taking the address of a call result.

package p

func g() int { return 1 }
func f() *int { return &g() } // ERROR "invalid operation: cannot take address of g\(\) \(value of type int\)"
