// errorcheck

// A newline after the init statement of an if.

package p

func f() {
	if x := 1 // ERROR "syntax error: unexpected newline, expecting \{ after if clause"
	{
	}
}
