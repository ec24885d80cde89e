// errorcheck

// Interface methods cannot have type parameters.

package p

type I interface {
	m[T any]() // ERROR "interface method must have no type parameters"
}
