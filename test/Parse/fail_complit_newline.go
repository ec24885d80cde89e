// errorcheck

// A composite literal broken before its `}` needs a comma.

package p

var x = []int{
	1,
	2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or \}"
}
