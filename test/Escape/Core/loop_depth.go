// errorcheck -0 -m -l

// Loop depth as gc counts it: for/range bodies, conditions and post
// statements are one level deeper than the loop's init; a label that a
// later goto jumps back to deepens the rest of its block; dead branches of
// constant conditions are ignored.

package p

var sink *int

func forBreak() *int {
	var p *int
	for {
		x := 1 // ERROR "^moved to heap: x$"
		p = &x
		break
	}
	return p
}

func forInitVar() {
	var p *int
	for i := 0; i < 3; i++ {
		p = &i
	}
	_ = p
}

func rangeVar(s []int) { // ERROR "^s does not escape$"
	var p *int
	for _, v := range s {
		p = &v
	}
	_ = p
}

func bodyVar(s []int) { // ERROR "^s does not escape$"
	var p *int
	for range s {
		v := 0 // ERROR "^moved to heap: v$"
		p = &v
	}
	_ = p
}

func sameDepth() int {
	x := 0
	p := &x
	return *p
}

func labelLoop(b bool) {
	var p *int
again:
	y := 0 // ERROR "^moved to heap: y$"
	p = &y
	if b {
		goto again
	}
	_ = p
}

func labelForward(b bool) {
	var p *int
	if b {
		goto done
	}
	p = new(int) // ERROR "^new\(int\) does not escape$"
done:
	_ = p
}

func afterLoopingLabel(b bool) {
	var p *int
top:
	if b {
		goto top
	}
	p = new(int) // ERROR "^new\(int\) escapes to heap$"
	_ = p
}

func deadBranch(x, y int) { // ERROR "^moved to heap: y$"
	if false {
		sink = &x
	}
	if true {
		sink = &y
	} else {
		sink = &x
	}
}

func nestedLoops(n int) {
	var outer *int
	for i := 0; i < n; i++ {
		var inner *int
		for j := 0; j < n; j++ {
			a := 0 // ERROR "^moved to heap: a$"
			inner = &a
			b := 0 // ERROR "^moved to heap: b$"
			outer = &b
		}
		_ = inner
	}
	_ = outer
}
