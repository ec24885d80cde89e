// errorcheck

// An untyped shift that becomes float.

package p

func f(s uint) float64 {
	var y float64 = 1 << s // ERROR "invalid operation: 1 << s \(shift of type float64\)"
	return y
}
