// errorcheck

// Type parameters need constraints.

package p

func f[T]() {} // ERROR "syntax error: missing type constraint"
