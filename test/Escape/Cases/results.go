// errorcheck -0 -m -l

// Parameters flowing to results: ~rN for unnamed results, the result's
// name for named ones, at dereference levels 0, 1 and 2.

package p

type S struct {
	p *int
	q **int
}

func identity(p *int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	return p
}

func derefOne(pp **int) *int { // ERROR "^leaking param: pp to result ~r0 level=1$"
	return *pp
}

func derefTwo(ppp ***int) *int { // ERROR "^leaking param: ppp to result ~r0 level=2$"
	return **ppp
}

func fieldOfPtr(s *S) *int { // ERROR "^leaking param: s to result ~r0 level=1$"
	return s.p
}

func fieldOfValue(s S) *int { // ERROR "^leaking param: s to result ~r0 level=0$"
	return s.p
}

func secondResult(a, b *int) (int, *int) { // ERROR "^a does not escape$" "^leaking param: b to result ~r1 level=0$"
	return *a, b
}

func thirdResult(a, b, c *int) (int, int, *int) { // ERROR "^a does not escape$" "^b does not escape$" "^leaking param: c to result ~r2 level=0$"
	return 0, 0, c
}

func bothResults(a, b *int) (*int, *int) { // ERROR "^leaking param: a to result ~r1 level=0$" "^leaking param: b to result ~r0 level=0$"
	return b, a
}

func namedResult(p *int) (r *int) { // ERROR "^leaking param: p to result r level=0$"
	r = p
	return
}

func namedResultDeref(pp **int) (r *int) { // ERROR "^leaking param: pp to result r level=1$"
	r = *pp
	return r
}

func resultAndHeap(p *int) *int { // ERROR "^leaking param: p$"
	gp = p
	return p
}

var gp *int

func resultAddrOfParam(x int) *int { // ERROR "^moved to heap: x$"
	return &x
}

func resultSliceElem(s []*int) *int { // ERROR "^leaking param: s to result ~r0 level=1$"
	return s[0]
}

func resultSliceOfArray(a *[4]int) []int { // ERROR "^leaking param: a to result ~r0 level=0$"
	return a[1:]
}

func resultStringConcatParam(a string) string { // ERROR "^leaking param: a to result ~r0 level=0$"
	return a
}

func resultChoose(c bool, a, b *int) *int { // ERROR "^leaking param: a to result ~r0 level=0$" "^leaking param: b to result ~r0 level=0$"
	if c {
		return a
	}
	return b
}

func resultThroughLocal(p *int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	q := p
	return q
}

func resultThroughLocalPtr(p *int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	var s S
	s.p = p
	return s.p
}

func resultOfCall(p *int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	return identity(p)
}

func resultOfDerefCall(pp **int) *int { // ERROR "^leaking param: pp to result ~r0 level=1$"
	return derefOne(pp)
}

func resultInterface(x interface{}) interface{} { // ERROR "^leaking param: x to result ~r0 level=0$"
	return x
}

func resultStructWrap(p *int) S { // ERROR "^leaking param: p to result ~r0 level=0$"
	return S{p: p}
}

func resultSliceOfParam(p *int) []*int { // ERROR "^leaking param: p$"
	return []*int{p} // ERROR "^\[\]\*int\{\.\.\.\} escapes to heap$"
}

func resultPtrToField(s *S) **int { // ERROR "^leaking param: s to result ~r0 level=0$"
	return &s.p
}
