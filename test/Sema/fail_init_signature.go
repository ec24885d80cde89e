// errorcheck

// init must have no parameters or results.

package p

func init(x int) {} // ERROR "func init must have no arguments and no return values"
