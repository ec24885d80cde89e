// errorcheck

// A select body holds case and default clauses.

package p

func f() {
	select {
	x := 1 // ERROR "syntax error: unexpected x, expecting case or default or \}"
	} // ERROR "syntax error: unexpected \}, expecting :"
}
