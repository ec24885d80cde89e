// Input of reasons-stmt.test: one function per reason gc 1.19's escape
// analysis gives a statement, a call, a closure or an allocation.
package main

var gp, gq *int
var gs []*int
var gm map[*int]*int

func leak(p *int) { gp = p }

func assign(p *int) {
	gp = p
}

func assignPair(p, q *int) {
	gp, gq = p, q
}

func assignPairDotType(i interface{}) {
	var ok bool
	gp, ok = i.(*int)
	_ = ok
}

func assignPairMapr(m map[string]*int) {
	var ok bool
	gp, ok = m["k"]
	_ = ok
}

func ret(p *int) *int {
	return p
}

func callParameter(p *int) {
	leak(p)
}

func keyOfMapPut(k, v *int) {
	gm[k] = v
}

func appendee(s []*int) {
	t := append(s, nil)
	_ = t
}

func appended(s []*int) {
	gs = append(gs, s...)
}

func copied(s []*int) {
	copy(gs, s)
}

func capturedByClosure() func() int {
	n := 0
	return func() int { n++; return n }
}

func rangeDeref(s []*int) {
	for _, p := range s {
		gp = p
	}
}

func switchCase(i interface{}) {
	switch v := i.(type) {
	case *int:
		gp = v
	}
}

func tooLarge() {
	b := make([]byte, 1<<20)
	_ = b
}

func nonConstant(n int) {
	b := make([]byte, n)
	_ = b
}

func main() {}
