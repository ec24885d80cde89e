// errorcheck

// The body of a function must start on the signature's line.

package p

func f()
{ // ERROR "syntax error: unexpected semicolon or newline before \{"
}
