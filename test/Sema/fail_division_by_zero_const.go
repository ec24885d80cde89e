// errorcheck

// Constant division by zero.

package p

const c = 1 % 0 // ERROR "invalid operation: division by zero"
