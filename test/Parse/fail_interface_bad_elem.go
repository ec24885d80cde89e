// errorcheck

// An interface element must be a method or a type.

package p

type I interface {
	1 // ERROR "syntax error: unexpected literal 1, expecting ~ term or type"
}
