// errorcheck

// A constant shifted by too much.

package p

const c = 1 << 2000 // ERROR "invalid operation: invalid shift count 2000 \(untyped int constant\)"
