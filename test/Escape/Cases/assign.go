// errorcheck -0 -m -l

// Assignments: multiple assignment, swaps, struct copies, globals
// initialised with allocations, blank assignments, shadowing.

package p

type pair struct{ a, b *int }

var gi *int
var gp pair
var initPtr = new(int) // ERROR "^new\(int\) escapes to heap$"
var initSlice = []int{1, 2}
var initMap = map[string]int{"a": 1} // ERROR "^map\[string\]int\{\.\.\.\} escapes to heap$"
var initAddr = &pair{}

func multiAssign(x, y *int) (*int, *int) { // ERROR "^leaking param: x to result ~r1 level=0$" "^leaking param: y to result ~r0 level=0$"
	a, b := x, y
	return b, a
}

func multiAssignGlobal(x, y *int) { // ERROR "^leaking param: x$" "^y does not escape$"
	gi, _ = x, y
}

func structCopy(p pair) { // ERROR "^leaking param: p$"
	q := p
	gp = q
}

func structCopyLocal(p pair) int { // ERROR "^p does not escape$"
	q := p
	return *q.a
}

func blankAssign(p *int) { // ERROR "^p does not escape$"
	_ = p
}

func shadowing(p *int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	{
		p := new(int) // ERROR "^new\(int\) does not escape$"
		_ = p
	}
	return p
}

func assignThroughIface(p *int) { // ERROR "^leaking param: p$"
	var x interface{} = p
	gi = x.(*int)
}

func assignInIf(c bool, p, q *int) { // ERROR "^leaking param: p$" "^q does not escape$"
	if c {
		gi = p
	} else {
		_ = q
	}
}

func assignLocalChain() int {
	x := 1
	p := &x
	q := p
	r := q
	return *r
}

func assignLocalChainEscapes() {
	x := 1 // ERROR "^moved to heap: x$"
	p := &x
	q := p
	gi = q
}

func assignStructField(p *int) pair { // ERROR "^leaking param: p to result ~r0 level=0$"
	var s pair
	s.a = p
	s.b = s.a // ERROR "^assignStructField ignoring self-assignment in s\.b = s\.a$"
	return s
}

func assignReuse(p *int) { // ERROR "^leaking param: p$"
	q := p
	q = new(int) // ERROR "^new\(int\) escapes to heap$"
	gi = q
}

func assignOpString(a, b string) string { // ERROR "^leaking param: a to result ~r0 level=0$" "^leaking param: b to result ~r0 level=0$"
	a += b
	return a
}

func assignSliceElem(s []*int, p *int) { // ERROR "^s does not escape$" "^leaking param: p$"
	s[0] = p
}

func assignArrayElem(p *int) [2]*int { // ERROR "^leaking param: p to result ~r0 level=0$"
	var a [2]*int
	a[1] = p
	return a
}

var initPair1, initPair2 = new(int), new(int) // ERROR "^new\(int\) escapes to heap$"

func assignVarPair(p, q *int) { // ERROR "^leaking param: p$" "^leaking param: q$"
	var a, b = p, q
	gi, gp.a = a, b
}

func assignPairFields(x, y *pair) { // ERROR "^leaking param content: x$" "^leaking param content: y$"
	x.a, y.b = y.b, x.a
}
