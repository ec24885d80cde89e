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

func deferPanicSum(a, b string) { // ERROR "^a does not escape$" "^b does not escape$"
	defer panic(a + b) // ERROR "^a \+ b escapes to heap$"
}

func deferVariadic(n int) {
	for i := 0; i < n; i++ {
		defer deferVariadicCallee(nil, i, n) // ERROR "^i escapes to heap$" "^n escapes to heap$" "^\.\.\. argument does not escape$"
	}
}

func deferVariadicCallee(p *int, xs ...interface{}) *int { // ERROR "^leaking param: p to result ~r0 level=0$" "^xs does not escape$"
	return p
}

func deferLiteralArgs() {
	x := 0 // ERROR "^moved to heap: x$"
	for {
		defer func(p *int) { // ERROR "^p does not escape$" "^func literal escapes to heap$"
			*p = 1
		}(&x)
	}
}

func deferFuncValueArgs(f func(*int), p *int) { // ERROR "^f does not escape$" "^leaking param: p$"
	defer f(p)
}

func deferInterfaceCall(e error) { // ERROR "^leaking param: e$"
	defer e.Error()
}

func deferMultiValue(p *int) { // ERROR "^p does not escape$"
	defer deferTwo(deferPair(p))
}

func deferPair(p *int) (*int, *int) { // ERROR "^leaking param: p to result ~r0 level=0$" "^leaking param: p to result ~r1 level=0$"
	return p, p
}

func deferTwo(p, q *int) {} // ERROR "^p does not escape$" "^q does not escape$"

// A deferred delete converts its key to the map's key type where the
// statement does: a non-constant key at its own position, a constant one
// at the map's.
type dkey struct{ a, b int }

func deferDeleteConverted(k int) {
	m := map[interface{}]int{} // ERROR "^map\[interface \{\}\]int\{\} does not escape$"
	defer delete(m, "x") // ERROR `^"x" does not escape$`
	defer delete(m, dkey{1, 2}) // ERROR "^dkey\{\.\.\.\} does not escape$"
	defer delete(m, k+1) // ERROR "^k \+ 1 does not escape$"
	m[k] = 1 // ERROR "^k escapes to heap$"
}
