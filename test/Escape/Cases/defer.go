// errorcheck -0 -m -l

// defer: top-level defers do not force their closures to the heap,
// defers inside loops do.

package p

var gi *int

func deferTopLevel() {
	x := 1
	defer func() { _ = x }() // ERROR "^func literal does not escape$"
}

func deferTopLevelModify() int {
	x := 1
	defer func() { x = 2 }() // ERROR "^func literal does not escape$"
	return x
}

func deferInLoop() {
	for i := 0; i < 2; i++ {
		defer func() {}() // ERROR "^func literal escapes to heap$"
	}
}

func deferInLoopCapture() {
	for i := 0; i < 2; i++ { // ERROR "^moved to heap: i$"
		defer func() { _ = i }() // ERROR "^func literal escapes to heap$"
	}
}

func deferCallWithArgs(p *int) { // ERROR "^leaking param: p$"
	defer deferCallee(p)
}

func deferCallee(p *int) { // ERROR "^leaking param: p$"
	gi = p
}

func deferNoEscapeCallee(p *int) { // ERROR "^p does not escape$"
	defer deferNoEscape(p)
}

func deferNoEscape(p *int) int { // ERROR "^p does not escape$"
	return *p
}

func deferNamedResult() (r int) {
	defer func() { r++ }() // ERROR "^func literal does not escape$"
	return 1
}

func deferRecover() (err error) {
	defer func() { // ERROR "^func literal does not escape$"
		if r := recover(); r != nil {
			err = nil
		}
	}()
	return nil
}

func deferBuiltinPrint(x int) {
	defer println(x)
}

func deferClosureVar() {
	f := func() {} // ERROR "^func literal does not escape$"
	defer f()
}

func deferNew() {
	p := new(int) // ERROR "^new\(int\) does not escape$"
	defer deferNoEscape(p)
}

func deferInLoopCall(p *int) { // ERROR "^leaking param: p$"
	for i := 0; i < 2; i++ {
		defer deferNoEscape(p)
	}
}

func deferMethod(t *dT) { // ERROR "^t does not escape$"
	defer t.m()
}

type dT struct{ n int }

func (t *dT) m() {} // ERROR "^t does not escape$"

func deferInIf(c bool) {
	if c {
		y := 3
		defer func() { _ = y }() // ERROR "^func literal does not escape$"
	}
}
