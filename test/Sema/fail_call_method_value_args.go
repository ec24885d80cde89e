// errorcheck

// A method value called with too few arguments.

package p

type T struct{}
func (T) M(a, b int) {}
func f(t T) { t.M(1) } // ERROR "not enough arguments in call to t\.M"
