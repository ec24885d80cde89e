// errorcheck

// A constant of a non-constant type.

package p

const c []int = nil // ERROR "invalid constant type \[\]int"
