// errorcheck

// go with a non-call expression.

package p

func f() { go func() {} } // ERROR "expression in go must be function call"
