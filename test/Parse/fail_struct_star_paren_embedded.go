// errorcheck

// Embedded pointer types cannot be parenthesized.

package p

type T struct {
	*(U) // ERROR "syntax error: cannot parenthesize embedded type"
}
type U int
