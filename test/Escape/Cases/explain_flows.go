// errorcheck -0 -m -m -l

// More -m -m explanation blocks: map literal key and value, range-deref,
// switch case, closures called directly, appended slice..., copied slice,
// defer in loops, method values ({storage for t.get}),
// interface-converted, calls through parameters, named results.

package p

var gi *int
var gx interface{}
var gs []*int
var gm map[*int]*int

func mapLitKeyValue(k, v *int) { // ERROR "^parameter v leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = v:$" "^    from map\[\*int\]\*int\{\.\.\.\} \(map literal value\) at LINE+1(:20)?$" "^parameter k leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = k:$" "^    from map\[\*int\]\*int\{\.\.\.\} \(map literal key\) at LINE+1(:20)?$" "^leaking param: k$" "^leaking param: v$"
	gm = map[*int]*int{k: v} // ERROR "^map\[\*int\]\*int\{\.\.\.\} escapes to heap:$" "^  flow: \{heap\} = &\{storage for map\[\*int\]\*int\{\.\.\.\}\}:$" "^    from map\[\*int\]\*int\{\.\.\.\} \(spill\) at LINE(:20)?$" "^    from gm = map\[\*int\]\*int\{\.\.\.\} \(assign\) at LINE(:5)?$" "^map\[\*int\]\*int\{\.\.\.\} escapes to heap$"
}

func rangeDeref(s []*int) { // ERROR "^parameter s leaks to \{heap\} with derefs=1:$" "^  flow: \{temp\} = s:$" "^  flow: p = \*\{temp\}:$" "^    from for loop \(range-deref\) at LINE+1(:14)?$" "^  flow: \{heap\} = p:$" "^    from gi = p \(assign\) at LINE+2(:6)?$" "^leaking param content: s$"
	for _, p := range s {
		gi = p
	}
}

func typeSwitchCase(x interface{}) { // ERROR "^parameter x leaks to \{heap\} with derefs=0:$" "^  flow: v = x:$" "^    from case \*int: gi = v \(switch case\) at LINE+2(:2)?$" "^  flow: \{heap\} = v:$" "^    from gi = v \(assign\) at LINE+3(:6)?$" "^leaking param: x$"
	switch v := x.(type) {
	case *int:
		gi = v
	}
}

func closureCalled(p *int) { // ERROR "^closureCalled capturing by value: p \(addr=false assign=false width=8\)$" "^parameter p leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = p:$" "^    from gi = p \(assign\) at LINE+2(:6)?$" "^leaking param: p$"
	func() { // ERROR "^func literal does not escape$"
		gi = p
	}()
}

func appendSpread(a []*int) { // ERROR "^parameter a leaks to \{heap\} with derefs=1:$" "^  flow: \{heap\} = \*a:$" "^    from append\(gs, a\.\.\.\) \(call parameter\) at LINE+1(:13)?$" "^    from append\(gs, a\.\.\.\) \(appended slice\.\.\.\) at LINE+1(:13)?$" "^leaking param content: a$"
	gs = append(gs, a...)
}

func copySlices(dst, src []*int) { // ERROR "^parameter dst leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = dst:$" "^    from gs = dst \(assign\) at LINE+2(:5)?$" "^parameter src leaks to \{heap\} with derefs=1:$" "^  flow: \{heap\} = \*src:$" "^    from copy\(dst, src\) \(call parameter\) at LINE+1(:6)?$" "^    from copy\(dst, src\) \(copied slice\) at LINE+1(:6)?$" "^leaking param: dst$" "^leaking param content: src$"
	copy(dst, src)
	gs = dst
}

func deferLoop() {
	for i := 0; i < 2; i++ {
		defer func() {}() // ERROR "^func literal escapes to heap:$" "^  flow: \{heap\} = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:9)?$" "^func literal escapes to heap$"
	}
}

type T struct{ n int }

func (t *T) get() int { return t.n } // ERROR "^t does not escape$"

var gf func() int

func methodValue(t *T) { // ERROR "^parameter t leaks to \{storage for t\.get\} with derefs=0:$" "^  flow: \{temp\} = t:$" "^  flow: \{storage for t\.get\} = \{temp\}:$" "^leaking param: t$"
	gf = t.get // ERROR "^t\.get escapes to heap:$" "^  flow: \{heap\} = &\{storage for t\.get\}:$" "^    from t\.get \(spill\) at LINE(:8)?$" "^    from gf = t\.get \(assign\) at LINE(:5)?$" "^t\.get escapes to heap$"
}

func convertToIface(p *int) { // ERROR "^parameter p leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = p:$" "^    from p \(interface-converted\) at LINE+1(:2)?$" "^    from gx = p \(assign\) at LINE+1(:5)?$" "^leaking param: p$"
	gx = p
}

func storeField(t *T, q *T) { // ERROR "^t does not escape$" "^q does not escape$"
	*t = *q
}

func returnNamed(p *int) (r *int) { // ERROR "^parameter p leaks to r with derefs=0:$" "^  flow: r = p:$" "^    from r = p \(assign\) at LINE+1(:4)?$" "^leaking param: p to result r level=0$"
	r = p
	return
}

func callFuncParam(f func(*int), p *int) { // ERROR "^parameter p leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = p:$" "^    from f\(p\) \(call parameter\) at LINE+1(:3)?$" "^f does not escape$" "^leaking param: p$"
	f(p)
}

func storeSliceElem(s []*int, p *int) { // ERROR "^parameter p leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = p:$" "^    from s\[0\] = p \(assign\) at LINE+1(:7)?$" "^s does not escape$" "^leaking param: p$"
	s[0] = p
}
