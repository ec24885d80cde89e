// errorcheck

// An initialization cycle through a function.

package p

var x = f() // ERROR "initialization loop for x"
func f() int { return x }
