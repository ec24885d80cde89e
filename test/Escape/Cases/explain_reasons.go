// errorcheck -0 -m -m -l

// The -m -m explanations: each flow step names its reason (too large for
// stack, non-constant size, spill, assign, return, address-of, call
// parameter, captured by a closure, reference, indirection, dot of
// pointer, slice-literal-element, appendee slice) and closures report
// capturing by value or by reference.

package p

var gi *int
var gx interface{}

func tooLarge() byte {
	var a [11 << 20]byte // ERROR "^a escapes to heap:$" "^  flow: \{heap\} = &a:$" "^    from a \(too large for stack\) at LINE(:6)?$" "^moved to heap: a$"
	return a[0]
}

func nonConstant(n int) int {
	s := make([]int, n) // ERROR "^make\(\[\]int, n\) escapes to heap:$" "^  flow: \{heap\} = &\{storage for make\(\[\]int, n\)\}:$" "^    from make\(\[\]int, n\) \(non-constant size\) at LINE(:11)?$" "^make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func spillReturn() []int {
	return make([]int, 2) // ERROR "^make\(\[\]int, 2\) escapes to heap:$" "^  flow: ~r0 = &\{storage for make\(\[\]int, 2\)\}:$" "^    from make\(\[\]int, 2\) \(spill\) at LINE(:13)?$" "^    from return make\(\[\]int, 2\) \(return\) at LINE(:2)?$" "^make\(\[\]int, 2\) escapes to heap$"
}

func assignGlobal() {
	x := 1 // ERROR "^x escapes to heap:$" "^  flow: \{heap\} = &x:$" "^    from &x \(address-of\) at LINE+1(:7)?$" "^    from gi = &x \(assign\) at LINE+1(:5)?$" "^moved to heap: x$"
	gi = &x
}

func ifaceConverted(n int) {
	gx = n // ERROR "^n escapes to heap:$" "^  flow: \{heap\} = &\{storage for n\}:$" "^    from n \(spill\) at LINE(:2)?$" "^    from gx = n \(assign\) at LINE(:5)?$" "^n escapes to heap$"
}

func callParam(p *int) { // ERROR "^parameter p leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = p:$" "^    from sinkParam\(p\) \(call parameter\) at LINE+1(:11)?$" "^leaking param: p$"
	sinkParam(p)
}

func sinkParam(p *int) { // ERROR "^parameter p leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = p:$" "^    from gi = p \(assign\) at LINE+1(:5)?$" "^leaking param: p$"
	gi = p
}

func capturedRef() func() int {
	y := 0 // ERROR "^capturedRef capturing by ref: y \(addr=false assign=true width=8\)$" "^y escapes to heap:$" "^  flow: \{storage for func literal\} = &y:$" "^    from y \(captured by a closure\) at LINE+2(:3)?$" "^    from y \(reference\) at LINE+2(:3)?$" "^moved to heap: y$"
	return func() int { // ERROR "^func literal escapes to heap:$" "^  flow: ~r0 = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:9)?$" "^    from return func literal \(return\) at LINE(:2)?$" "^func literal escapes to heap$"
		y++
		return y
	}
}

func capturedValue() func() int {
	z := 3 // ERROR "^capturedValue capturing by value: z \(addr=false assign=false width=8\)$"
	return func() int { return z } // ERROR "^func literal escapes to heap:$" "^  flow: ~r0 = &\{storage for func literal\}:$" "^    from func literal \(spill\) at LINE(:9)?$" "^    from return func literal \(return\) at LINE(:2)?$" "^func literal escapes to heap$"
}

func resultLevel(pp **int) *int { // ERROR "^parameter pp leaks to ~r0 with derefs=1:$" "^  flow: ~r0 = \*pp:$" "^    from \*pp \(indirection\) at LINE+1(:9)?$" "^    from return \*pp \(return\) at LINE+1(:2)?$" "^leaking param: pp to result ~r0 level=1$"
	return *pp
}

func contentLeak(pp **int) { // ERROR "^parameter pp leaks to \{heap\} with derefs=1:$" "^  flow: \{heap\} = \*pp:$" "^    from \*pp \(indirection\) at LINE+1(:7)?$" "^    from gi = \*pp \(assign\) at LINE+1(:5)?$" "^leaking param content: pp$"
	gi = *pp
}

func sliceLit(p *int) { // ERROR "^parameter p leaks to \{heap\} with derefs=0:$" "^  flow: \{storage for \[\]\*int\{\.\.\.\}\} = p:$" "^    from \[\]\*int\{\.\.\.\} \(slice-literal-element\) at LINE+1(:13)?$" "^  flow: s = &\{storage for \[\]\*int\{\.\.\.\}\}:$" "^    from \[\]\*int\{\.\.\.\} \(spill\) at LINE+1(:13)?$" "^    from s := \[\]\*int\{\.\.\.\} \(assign\) at LINE+1(:4)?$" "^  flow: \{heap\} = \*s:$" "^    from s\[0\] \(dot of pointer\) at LINE+2(:8)?$" "^    from gi = s\[0\] \(assign\) at LINE+2(:5)?$" "^leaking param: p$"
	s := []*int{p} // ERROR "^\[\]\*int\{\.\.\.\} does not escape$"
	gi = s[0]
}

func appendArgs(s []*int, p *int) []*int { // ERROR "^parameter p leaks to \{heap\} with derefs=0:$" "^  flow: \{heap\} = p:$" "^    from append\(s, p\) \(call parameter\) at LINE+1(:15)?$" "^parameter s leaks to \{heap\} with derefs=1:$" "^  flow: \{temp\} = s:$" "^  flow: \{heap\} = \*\{temp\}:$" "^    from append\(s, p\) \(appendee slice\) at LINE+1(:15)?$" "^parameter s leaks to ~r0 with derefs=0:$" "^  flow: ~r0 = \{temp\}:$" "^    from return append\(s, p\) \(return\) at LINE+1(:2)?$" "^leaking param content: s$" "^leaking param: s to result ~r0 level=0$" "^leaking param: p$"
	return append(s, p)
}

func dotArgs(p *int) { // ERROR "^parameter p leaks to \{heap\} with derefs=0:$" "^  flow: \{storage for \.\.\. argument\} = p:$" "^    from \.\.\. argument \(slice-literal-element\) at LINE+1(:6)?$" "^  flow: \{heap\} = \{storage for \.\.\. argument\}:$" "^    from \.\.\. argument \(spill\) at LINE+1(:6)?$" "^    from keep\(\.\.\. argument\.\.\.\) \(call parameter\) at LINE+1(:6)?$" "^leaking param: p$"
	keep(p) // ERROR "^\.\.\. argument does not escape$"
}

func keep(ps ...*int) { // ERROR "^parameter ps leaks to \{heap\} with derefs=1:$" "^  flow: \{heap\} = \*ps:$" "^    from ps\[0\] \(dot of pointer\) at LINE+1(:9)?$" "^    from gi = ps\[0\] \(assign\) at LINE+1(:5)?$" "^leaking param content: ps$"
	gi = ps[0]
}

func tooLargeMake() int {
	s := make([]byte, 100<<10) // ERROR "^make\(\[\]byte, 100 << 10\) escapes to heap:$" "^  flow: \{heap\} = &\{storage for make\(\[\]byte, 100 << 10\)\}:$" "^    from make\(\[\]byte, 100 << 10\) \(too large for stack\) at LINE(:11)?$" "^make\(\[\]byte, 100 << 10\) escapes to heap$"
	return len(s)
}

func tooLargeNew() byte {
	p := new([1 << 20]byte) // ERROR "^new\(\[1048576\]byte\) escapes to heap:$" "^  flow: \{heap\} = &\{storage for new\(\[1048576\]byte\)\}:$" "^    from new\(\[1048576\]byte\) \(too large for stack\) at LINE(:10)?$" "^new\(\[1048576\]byte\) escapes to heap$"
	return p[0]
}

func nonConstantCap(n int) int {
	s := make([]int, 0, n) // ERROR "^make\(\[\]int, 0, n\) escapes to heap:$" "^  flow: \{heap\} = &\{storage for make\(\[\]int, 0, n\)\}:$" "^    from make\(\[\]int, 0, n\) \(non-constant size\) at LINE(:11)?$" "^make\(\[\]int, 0, n\) escapes to heap$"
	return cap(s)
}
