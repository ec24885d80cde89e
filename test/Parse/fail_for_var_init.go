// errorcheck

// var is not allowed in a for initializer.

package p

func f() {
	for var i = 0; i < 10; i++ { // ERROR "syntax error: var declaration not allowed in for initializer"
	}
}
