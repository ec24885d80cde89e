// errorcheck

// A map keyed by a slice.

package p

var m map[[]int]int // ERROR "invalid map key type \[\]int"
