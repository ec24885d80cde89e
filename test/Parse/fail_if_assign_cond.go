// errorcheck

// `=` where `==` was meant.

package p

func f(x int) {
	if x = 1 { // ERROR "syntax error: cannot use assignment \(x\) = \(1\) as value"
	}
}
