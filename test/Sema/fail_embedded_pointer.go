// errorcheck

// An embedded pointer to a pointer type.

package p

type P *int
type T struct{ P } // ERROR "embedded field type cannot be a pointer"
