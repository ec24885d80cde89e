// errorcheck -0 -m -l

// goto: a label targeted by a backward goto starts a loop; forward gotos
// do not.

package p

func gotoBackwardAddr() int {
	var p *int
	i := 0
loop:
	x := i // ERROR "^moved to heap: x$"
	p = &x
	i++
	if i < 3 {
		goto loop
	}
	return *p
}

func gotoForwardAddr() int {
	var p *int
	x := 1
	if x > 0 {
		goto done
	}
	x = 2
done:
	p = &x
	return *p
}

func gotoBackwardNew() int {
	var p *int
	n := 0
again:
	p = new(int) // ERROR "^new\(int\) escapes to heap$"
	n++
	if n < 2 {
		goto again
	}
	return *p
}

func gotoForwardNew() int {
	var p *int
	goto skip
skip:
	p = new(int) // ERROR "^new\(int\) does not escape$"
	return *p
}

func gotoBackwardInnerOnly() int {
	sum := 0
	i := 0
top:
	q := new(int) // ERROR "^new\(int\) does not escape$"
	sum += *q
	i++
	if i < 2 {
		goto top
	}
	return sum
}

func gotoBackwardComposite() int {
	type T struct{ a int }
	var t *T
	k := 0
rep:
	t = &T{a: k} // ERROR "^&T\{\.\.\.\} escapes to heap$"
	k++
	if k < 2 {
		goto rep
	}
	return t.a
}

func gotoBackwardSlice() int {
	var s []int
	n := 0
back:
	s = make([]int, 2) // ERROR "^make\(\[\]int, 2\) escapes to heap$"
	n++
	if n < 3 {
		goto back
	}
	return len(s)
}

func gotoBackwardClosure() int {
	var f func() int
	c := 0
redo:
	v := c
	f = func() int { return v } // ERROR "^func literal escapes to heap$"
	c++
	if c < 2 {
		goto redo
	}
	return f()
}
