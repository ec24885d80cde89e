// errorcheck

// Only one receiver.

package p

type T int
func (a, b T) m() {} // ERROR "method has multiple receivers"
