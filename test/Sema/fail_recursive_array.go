// errorcheck

// An array of itself.

package p

type A [2]A // ERROR "invalid recursive type A"
