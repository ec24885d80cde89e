// errorcheck -0 -m -l

// gc analyses a function's callees (its batches, bottom-up) in the order
// its body names them, not in their declaration order; a multi-value
// call used whole by another call (`f(g())`) is its own statement before
// the one using it, so g's batch comes first.

package p

func caller() {
	x, y := 1, 2
	_ = second(&x)
	_ = first(&y)
	_ = useTwo(makeTwo(&x))
	_ = useTwo(pick(&y), pick(&x))
}

func first(p *int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	return p
}

func second(p *int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	return p
}

func useTwo(p, q *int) int { // ERROR "^p does not escape$" "^q does not escape$"
	return *p + *q
}

func makeTwo(p *int) (*int, *int) { // ERROR "^leaking param: p to result ~r0 level=0$" "^leaking param: p to result ~r1 level=0$"
	return p, p
}

func pick(p *int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	return p
}

// A call names its callee before its arguments: runTwice's batch comes
// before that of the function value passed to it, though declared after.
func passesFunc() {
	runTwice(valueFunc)
}

func valueFunc() {
	_ = []int{1, 2, 3} // ERROR "^\[\]int\{\.\.\.\} does not escape$"
}

func runTwice(f func()) { // ERROR "^f does not escape$"
	f()
	f()
}
