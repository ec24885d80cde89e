// errorcheck

// Imports come before other declarations.

package p

var x int
import "fmt" // ERROR "syntax error: non-declaration statement outside function body"
