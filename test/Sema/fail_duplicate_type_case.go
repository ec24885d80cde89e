// errorcheck

// A duplicate type switch case.

package p

func f(i interface{}) {
	switch i.(type) {
	case int:
	case int: // ERROR "duplicate case int in type switch"
	}
}
