// errorcheck

// An impossible type switch case.

package p

type I interface{ M() }
type T struct{}
func f(i I) {
	switch i.(type) {
	case T: // ERROR "impossible type switch case: T"
	}
}
