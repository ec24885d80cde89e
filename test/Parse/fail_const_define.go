// errorcheck

// `:=` is not allowed in a const declaration.

package p

const c := 1 // ERROR "syntax error: unexpected :=, expecting ="
