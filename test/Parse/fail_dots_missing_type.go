// errorcheck

// A variadic parameter needs a type.

package p

func f(a ...) {} // ERROR "syntax error: \.\.\. is missing type"
