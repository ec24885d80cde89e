// errorcheck

// A type switch on a non-interface.

package p

func f(x int) {
	switch x.(type) { // ERROR "x \(variable of type int\) is not an interface"
	}
}
