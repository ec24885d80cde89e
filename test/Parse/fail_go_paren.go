// errorcheck

// The call in go must not be parenthesized.

package p

func f() {
	go (f()) // ERROR "expression in go must not be parenthesized"
}
