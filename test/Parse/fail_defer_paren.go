// errorcheck

// The call in defer must not be parenthesized.

package p

func f() {
	defer (f()) // ERROR "expression in defer must not be parenthesized"
}
