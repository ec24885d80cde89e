// errorcheck

// else must be followed by if or a block.

package p

func f(x bool) {
	if x {
	} else return // ERROR "syntax error: else must be followed by if or statement block"
}
