// errorcheck

// A type switch variable never used.

package p

func f(i interface{}) {
	switch v := i.(type) { // ERROR "v declared but not used"
	case int:
	}
}
