// errorcheck

// A struct containing itself.

package p

type T struct{ t T } // ERROR "invalid recursive type T"
