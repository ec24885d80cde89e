// errorcheck

// Arithmetic on boolean constants.

package p

const c = true + false // ERROR "invalid operation: operator \+ not defined on true \(untyped bool constant\)"
