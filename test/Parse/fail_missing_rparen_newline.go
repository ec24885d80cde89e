// errorcheck

// A call broken before its `)`.

package p

func f() {
	println(1, 2 // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or \)"
	)
}
