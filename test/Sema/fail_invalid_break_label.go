// errorcheck

// break to a label that is not enclosing a loop.

package p

func f() {
L:
	if true {
		for {
			break L // ERROR "invalid break label L"
		}
	}
}
