// errorcheck

// Ranging over an int.

package p

func f(n int) {
	for i := range n { // ERROR "cannot range over n \(variable of type int\)"
		_ = i
	}
}
