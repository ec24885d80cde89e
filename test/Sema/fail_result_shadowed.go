// errorcheck

// A named result shadowed at a bare return.

package p

func f() (x int) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return"
	}
}
