// errorcheck

// An interface declaring a method twice.

package p

type I interface {
	M()
	M() // ERROR "duplicate method M"
}
