// errorcheck

// An alias referring to itself.

package p

type A = []A // ERROR "invalid recursive type A"
