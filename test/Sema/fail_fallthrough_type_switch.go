// errorcheck

// fallthrough in a type switch.

package p

func f(i interface{}) {
	switch i.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
}
