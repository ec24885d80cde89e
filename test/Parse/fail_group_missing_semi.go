// errorcheck

// Specs in a group are separated by newlines or semicolons.

package p

var (
	x int y int // ERROR "syntax error: unexpected y in grouped declaration; possibly missing semicolon or newline or \)"
)
