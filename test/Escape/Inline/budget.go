// errorcheck -0 -m

// Which functions gc 1.19 can inline: its node costs against the budget
// of 80, a call costing its callee's cost (or 57 when the callee is not
// inlinable), and the constructs it never inlines.

package p

var g int
var gs []int
var gm map[int]int

type T struct{ a, b int }

func (t T) Get() int   { return t.a } // ERROR "^can inline T\.Get$"
func (t *T) PGet() int { return t.b } // ERROR "^can inline \(\*T\)\.PGet$" "^t does not escape$"

func empty() {} // ERROR "^can inline empty$"

func assign(x int) { g = x } // ERROR "^can inline assign$"

func ret(x, y int) int { return x + y } // ERROR "^can inline ret$"

func loop(n int) int { // ERROR "^can inline loop$"
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func rangeLoop(s []int) int { // ERROR "^can inline rangeLoop$" "^s does not escape$"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func sw(x int) int { // ERROR "^can inline sw$"
	switch x {
	case 1:
		return 10
	case 2, 3:
		return 20
	}
	return 0
}

func typeSw(i interface{}) int { // ERROR "^can inline typeSw$" "^i does not escape$"
	switch v := i.(type) {
	case int:
		return v
	case string:
		return len(v)
	}
	return 0
}

func lits() *T { return &T{a: 1, b: 2} } // ERROR "^can inline lits$" "^&T\{\.\.\.\} escapes to heap$"

func sliceLit() []int { return []int{1, 2, 3} } // ERROR "^can inline sliceLit$" "^\[\]int\{\.\.\.\} escapes to heap$"

func mapLit() map[int]int { return map[int]int{1: 2} } // ERROR "^can inline mapLit$" "^map\[int\]int\{\.\.\.\} escapes to heap$"

func calls(x int) int { return ret(x, loop(x)) } // ERROR "^can inline calls$" "^inlining call to loop$" "^inlining call to ret$"

func methods(t T, p *T) int { return t.Get() + p.PGet() + p.Get() + t.PGet() } // ERROR "^can inline methods$" "^inlining call to T\.Get$" "^inlining call to \(\*T\)\.PGet$" "^p does not escape$"

func iface(x int) interface{} { return x } // ERROR "^can inline iface$" "^x escapes to heap$"

func panics() { panic("no") } // ERROR "^can inline panics$" `^"no" escapes to heap$`

func constIf(x int) int { // ERROR "^can inline constIf$"
	if false {
		return loop(x) + loop(x) + loop(x) + loop(x)
	}
	return x
}

func closureCalled(x int) int { // ERROR "^can inline closureCalled$"
	f := func() int { return x + 1 } // ERROR "^can inline closureCalled\.func1$" "^func literal does not escape$"
	return f() // ERROR "^inlining call to closureCalled\.func1$"
}

func deferred() {
	defer empty()
}

func recovers() {
	recover()
}

func goes() {
	go empty()
}

func typeDecl() int {
	type U int
	return int(U(1))
}

//go:noinline
func noinline(x int) int { return x }

func recursive(n int) int {
	if n == 0 {
		return 0
	}
	return recursive(n - 1)
}

func tooBig(x int) int {
	x += loop(x) + loop(x) + loop(x) + loop(x) // ERROR "^inlining call to loop$"
	return x
}

func callsNotInlinable(x int) int { return noinline(x) } // ERROR "^can inline callsNotInlinable$"

func twoNotInlinable(x int) int { return noinline(x) + noinline(x) }

func interfaceCall(i interface{ M() }) { i.M() } // ERROR "^can inline interfaceCall$" "^leaking param: i$"

func funcValue(f func()) { f() } // ERROR "^can inline funcValue$" "^f does not escape$"

// gc's dead code elimination drops the statements after a constant if
// whose branch taken returns, on its statement lists, where a plain
// block's statements belong to the enclosing list.
func constIfInBlock(x int) int { // ERROR "^can inline constIfInBlock$"
	{
		if true {
			return 1
		}
	}
	s := make([]int, x)
	return len(s)
}

func constIfReturnInBlock(x int) int { // ERROR "^can inline constIfReturnInBlock$"
	if true {
		{
			return x
		}
	}
	s := make([]int, x)
	return len(s)
}
