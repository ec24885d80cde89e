// errorcheck -0 -m -l

// go and defer run their call through a wrapper closure whose operands are
// copied into temporaries first. A slice literal argument, written or the
// implicit one of a variadic call, stays in the wrapper's call: its
// elements are copied instead, so the literal itself is built by the
// wrapper and escapes only if the callee leaks it.

package p

func variadic(...*int) {}

func two(a, b []*int) {} // ERROR "^a does not escape$" "^b does not escape$"

var sink []*int

func keep(s []*int) { sink = s } // ERROR "^leaking param: s$"

func deferExplicit() {
	defer variadic([]*int{}...) // ERROR "^\[\]\*int\{\} does not escape$"
	defer variadic([]*int{new(int)}...) // ERROR "^new\(int\) does not escape$" "^\[\]\*int\{\.\.\.\} does not escape$"
	defer variadic([]*int{new(int), new(int)}...) // ERROR "^new\(int\) does not escape$" "^\[\]\*int\{\.\.\.\} does not escape$"
}

func deferImplicit() {
	defer variadic(new(int), new(int)) // ERROR "^new\(int\) does not escape$" "^\.\.\. argument does not escape$"
}

func deferTwoLiterals() {
	defer two([]*int{new(int)}, []*int{new(int), new(int)}) // ERROR "^new\(int\) does not escape$" "^\[\]\*int\{\.\.\.\} does not escape$"
}

func deferInLoop(n int) {
	for i := 0; i < n; i++ {
		defer variadic([]*int{new(int)}...) // ERROR "^new\(int\) escapes to heap$" "^\[\]\*int\{\.\.\.\} does not escape$"
		defer two([]*int{new(int)}, nil) // ERROR "^new\(int\) escapes to heap$" "^\[\]\*int\{\.\.\.\} does not escape$"
	}
}

func goExplicit() {
	go variadic([]*int{new(int)}...) // ERROR "^new\(int\) escapes to heap$" "^\[\]\*int\{\.\.\.\} does not escape$"
	go two([]*int{new(int)}, []*int{}) // ERROR "^new\(int\) escapes to heap$" "^\[\]\*int\{\.\.\.\} does not escape$" "^\[\]\*int\{\} does not escape$"
}

func deferLeaked() {
	defer keep([]*int{new(int)}) // ERROR "^new\(int\) escapes to heap$" "^\[\]\*int\{\.\.\.\} escapes to heap$"
}

func deferKeyed(p *int) { // ERROR "^p does not escape$"
	defer variadic([]*int{2: p, 0: new(int)}...) // ERROR "^new\(int\) does not escape$" "^\[\]\*int\{\.\.\.\} does not escape$"
}
