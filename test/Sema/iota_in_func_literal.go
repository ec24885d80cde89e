// errorcheck

// A function literal inside a constant declaration sees that
// declaration's iota (types2 checks the body with the enclosing iota);
// outside constant declarations, and in function declarations, iota is
// an error.

package p

import "unsafe"

const (
	_ = iota
	a = unsafe.Sizeof(func() { _ = iota })
	b = unsafe.Sizeof(func() { const c = iota; var _ [c]int })
	d = unsafe.Sizeof(func() int { return iota })
)

var v = func() int { return iota } // ERROR "cannot use iota outside constant declaration"

func f() int {
	return iota // ERROR "cannot use iota outside constant declaration"
}
