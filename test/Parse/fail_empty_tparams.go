// errorcheck

// An empty type parameter list.

package p

func f[]() {} // ERROR "syntax error: empty type parameter list"
