// errorcheck

// Two structs containing each other.

package p

type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a A }
