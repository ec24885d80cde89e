// errorcheck -0 -m -l

// Parameters: leaking param, leaking param content, does not escape.

package p

type S struct {
	p *int
	s []int
	m map[int]int
}

var gi *int
var gs S
var gsl []int
var gx interface{}

func paramNoEscape(p *int) int { // ERROR "^p does not escape$"
	return *p
}

func paramLeakGlobal(p *int) { // ERROR "^leaking param: p$"
	gi = p
}

func paramContentLeak(pp **int) { // ERROR "^leaking param content: pp$"
	gi = *pp
}

func paramStructContent(s *S) { // ERROR "^leaking param content: s$"
	gi = s.p
}

func paramStructValueField(s S) { // ERROR "^leaking param: s$"
	gi = s.p
}

func paramStructValueWhole(s S) { // ERROR "^leaking param: s$"
	gs = s
}

func paramSliceContent(s []*int) { // ERROR "^leaking param content: s$"
	gi = s[0]
}

func paramSliceLeak(s []int) { // ERROR "^leaking param: s$"
	gsl = s
}

func paramSliceNoEscape(s []int) int { // ERROR "^s does not escape$"
	return s[0] + len(s)
}

func paramStringNoEscape(s string) int { // ERROR "^s does not escape$"
	return len(s)
}

func paramStringLeak(s string) { // ERROR "^leaking param: s$"
	gx = s // ERROR "^s escapes to heap$"
}

func paramMapNoEscape(m map[string]int) int { // ERROR "^m does not escape$"
	return m["x"]
}

func paramMapLeak(m map[int]int) { // ERROR "^leaking param: m$"
	gs.m = m
}

func paramIfaceNoEscape(x interface{}) bool { // ERROR "^x does not escape$"
	return x == nil
}

func paramIfaceLeak(x interface{}) { // ERROR "^leaking param: x$"
	gx = x
}

func paramFuncLeak(f func()) { // ERROR "^leaking param: f$"
	gx = f
}

func paramManyMixed(a *int, b *int, c *int) *int { // ERROR "^leaking param: a$" "^b does not escape$" "^leaking param: c to result ~r0 level=0$"
	gi = a
	_ = *b
	return c
}

func paramUnnamed(*int, int) int {
	return 0
}

func paramBlank(_ *int, q *int) { // ERROR "^leaking param: q$"
	gi = q
}

func paramVariadicNoEscape(xs ...*int) int { // ERROR "^xs does not escape$"
	return len(xs)
}

func paramVariadicLeak(xs ...*int) { // ERROR "^leaking param content: xs$"
	gi = xs[0]
}

func paramStoredInLocalStruct(p *int) int { // ERROR "^p does not escape$"
	var s S
	s.p = p
	return *s.p
}

func paramThroughLocalPtr(p *int) { // ERROR "^leaking param: p$"
	q := &p
	gi = *q
}

func paramPassedOn(p *int) { // ERROR "^leaking param: p$"
	paramLeakGlobal(p)
}

func paramPassedOnNoEscape(p *int) int { // ERROR "^p does not escape$"
	return paramNoEscape(p)
}
