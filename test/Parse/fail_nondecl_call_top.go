// errorcheck

// A call at top level is not a declaration.

package p

f() // ERROR "syntax error: non-declaration statement outside function body"
