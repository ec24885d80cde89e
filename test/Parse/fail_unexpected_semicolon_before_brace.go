// errorcheck

// A block on its own line after a function type.

package p

var f = func()
{ // ERROR "syntax error: non-declaration statement outside function body"
}
