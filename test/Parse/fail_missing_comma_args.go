// errorcheck

// Arguments are separated by commas.

package p

func f() {
	println(1 2) // ERROR "syntax error: unexpected literal 2 in argument list; possibly missing comma or \)"
}
