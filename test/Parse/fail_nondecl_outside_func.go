// errorcheck

// Statements are not allowed at top level.

package p

x := 1 // ERROR "syntax error: non-declaration statement outside function body"
