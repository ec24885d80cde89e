// errorcheck

// Parameters are all named or all unnamed.

package p

func f(a int, string) {} // ERROR "syntax error: mixed named and unnamed parameters"
