// errorcheck

// More names than values in a const spec.

package p

const a, b = 1 // ERROR "missing init expr for b"
