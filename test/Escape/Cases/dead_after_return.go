// errorcheck -0 -m -l

// Code after a terminating statement (return, panic, goto, break,
// continue, a loop never left, a switch whose clauses all return) stays
// for gc: its deadcode pass only removes what constant conditions rule
// out, so escape analysis reports on it, at the loop depth of where it is.
// After an `if` on a constant whose branch taken ends in a return or a
// panic, the rest of the list is gone, unless a label follows; the list is
// gc's, where a plain block's statements and a labeled statement's body
// belong to the enclosing list.

package p

var sink interface{}

func afterReturn() {
	return
	func() {}() // ERROR "^func literal does not escape$"
	s := make([]int, 10) // ERROR "^make\(\[\]int, 10\) does not escape$"
	_ = s
}

func afterPanic(n int) {
	panic("stop") // ERROR `^"stop" escapes to heap$`
	s := make([]int, n) // ERROR "^make\(\[\]int, n\) escapes to heap$"
	_ = s
}

func afterReturnResult(n int) *int {
	return nil
	x := n // ERROR "^moved to heap: x$"
	return &x
}

func afterContinue(n int) *int {
	var p *int
	for i := 0; i < n; i++ {
		if i > 2 {
			continue
			var x int // ERROR "^moved to heap: x$"
			p = &x
		}
	}
	return p
}

func afterBreak(n int) *int {
	var p *int
	for i := 0; i < n; i++ {
		break
		var y int // ERROR "^moved to heap: y$"
		p = &y
	}
	return p
}

func afterReturnInLoop(n int) {
	for i := 0; i < n; i++ {
		return
		defer func() {}() // ERROR "^func literal escapes to heap$"
	}
}

func afterForever() {
	for {
	}
	s := make([]int, 3) // ERROR "^make\(\[\]int, 3\) does not escape$"
	_ = s
}

func afterForeverLoopVar() *int {
	var p *int
	for {
	}
	var z int // ERROR "^moved to heap: z$"
	p = &z
	return p
}

func afterSwitch(n int) {
	switch n {
	case 1:
		return
	default:
		panic(n) // ERROR "^n escapes to heap$"
	}
	s := make([]int, 4) // ERROR "^make\(\[\]int, 4\) does not escape$"
	_ = s
}

func afterBlock() {
	{
		return
	}
	s := make([]int, 5) // ERROR "^make\(\[\]int, 5\) does not escape$"
	_ = s
}

func afterGoto() {
	goto done
	sink = new(int) // ERROR "^new\(int\) escapes to heap$"
done:
}

func labelAfterReturn(n int) *int {
	var p *int
	return p
again:
	var w int // ERROR "^moved to heap: w$"
	p = &w
	if n > 0 {
		goto again
	}
	return p
}

func constIfCut() {
	if true {
		return
	}
	s := make([]int, 6)
	_ = s
}

func constElseCut() {
	if false {
	} else {
		panic("no") // ERROR `^"no" escapes to heap$`
	}
	sink = new(int)
}

func constIfLabelAfter(n int) {
	if true {
		return
	}
	sink = make([]int, 7) // ERROR "^make\(\[\]int, 7\) escapes to heap$"
L:
	if n > 0 {
		n--
		goto L
	}
}

func constIfNested() {
	{
		if true {
			return
		}
	}
	s := make([]int, 8)
	_ = s
}

func constIfNotLast() {
	if true {
		return
		sink = new(int) // ERROR "^new\(int\) escapes to heap$"
	}
	s := make([]int, 9) // ERROR "^make\(\[\]int, 9\) does not escape$"
	_ = s
}

func constIfForever() {
	if true {
		for {
		}
	}
	s := make([]int, 11) // ERROR "^make\(\[\]int, 11\) does not escape$"
	_ = s
}

func namedResultForever() (r *int) {
	for {
	}
}

func literalAfterReturn() func() {
	return nil
	return func() { // ERROR "^func literal escapes to heap$"
		return
		_ = make([]int, 12) // ERROR "^make\(\[\]int, 12\) does not escape$"
	}
}

func constIfInBlock() {
	{
		if true {
			return
		}
	}
	s := make([]int, 13)
	_ = s
}

func constIfReturnInBlock() {
	if true {
		{
			return
		}
	}
	s := make([]int, 14)
	_ = s
}

func constIfConstAfterReturn() {
	if true {
		return
		const c = 1
	}
	s := make([]int, 15) // ERROR "^make\(\[\]int, 15\) does not escape$"
	_ = s
}

func constIfLabeled(n int) {
	if n > 0 {
		goto L
	}
L:
	if true {
		return
	}
	s := make([]int, 16)
	_ = s
}

func constIfInLoop(n int) {
	for i := 0; i < n; i++ {
		if true {
			return
		}
	}
	s := make([]int, 17) // ERROR "^make\(\[\]int, 17\) does not escape$"
	_ = s
}
