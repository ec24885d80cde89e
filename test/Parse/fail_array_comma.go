// errorcheck

// An array length is not a list.

package p

type A [1, 2]int // ERROR "syntax error: unexpected comma; expecting \]"
