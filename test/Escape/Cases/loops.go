// errorcheck -0 -m -l

// Loop depth: an address of a variable declared outside a loop and
// assigned to a variable declared outside the loop inside it must be on
// the heap when it is allocated inside the loop.

package p

var gi *int

func loopAddrOutsideVar() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i // ERROR "^moved to heap: x$"
		p = &x
	}
	return *p
}

func loopAddrInsideOnly() int {
	sum := 0
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		sum += *p
	}
	return sum
}

func loopNewOutsideVar() int {
	var p *int
	for i := 0; i < 3; i++ {
		p = new(int) // ERROR "^new\(int\) escapes to heap$"
	}
	return *p
}

func loopNewInsideOnly() int {
	n := 0
	for i := 0; i < 3; i++ {
		p := new(int) // ERROR "^new\(int\) does not escape$"
		n += *p
	}
	return n
}

func loopOuterAddr() int {
	x := 0
	var p *int
	for i := 0; i < 3; i++ {
		p = &x
	}
	return *p
}

func loopRange(s []int) int { // ERROR "^s does not escape$"
	var p *int
	for _, v := range s {
		v := v // ERROR "^moved to heap: v$"
		p = &v
	}
	return *p
}

func loopRangeKeyAddr(s []int) int { // ERROR "^s does not escape$"
	var p *int
	for i := range s {
		p = &i
	}
	return *p
}

func loopNested() int {
	var p *int
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			y := j // ERROR "^moved to heap: y$"
			p = &y
		}
	}
	return *p
}

func loopSliceOfAddrs() []*int {
	var s []*int
	for i := 0; i < 3; i++ {
		x := i // ERROR "^moved to heap: x$"
		s = append(s, &x)
	}
	return s
}

func loopCompositeOutside() int {
	type T struct{ v int }
	var t *T
	for i := 0; i < 2; i++ {
		t = &T{v: i} // ERROR "^&T\{\.\.\.\} escapes to heap$"
	}
	return t.v
}

func loopInfinite() int {
	var p *int
	for {
		x := 1 // ERROR "^moved to heap: x$"
		p = &x
		break
	}
	return *p
}

func loopVarAddrGlobal() {
	for i := 0; i < 2; i++ { // ERROR "^moved to heap: i$"
		gi = &i
	}
}

func loopMakeInside(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		s := make([]int, 4) // ERROR "^make\(\[\]int, 4\) does not escape$"
		t += len(s)
	}
	return t
}

func loopClosureCapture() int {
	var f func() int
	for i := 0; i < 2; i++ {
		x := i
		f = func() int { return x } // ERROR "^func literal escapes to heap$"
	}
	return f()
}

func loopLabeledContinue() int {
	var p *int
outer:
	for i := 0; i < 2; i++ {
		z := i // ERROR "^moved to heap: z$"
		p = &z
		continue outer
	}
	return *p
}
