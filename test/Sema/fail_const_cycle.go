// errorcheck

// A constant defined by itself.

package p

const c = c + 1 // ERROR "initialization loop for c"
