// errorcheck

// break to an undefined label.

package p

func f() {
	for {
		break L // ERROR "break label not defined: L"
	}
}
