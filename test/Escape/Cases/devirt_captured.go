// errorcheck -0 -m -l

// A local interface variable assigned once is still a static value when
// closures capture it: gc devirtualizes calls on it in the declaring
// function as long as no closure assigns it or takes its address (calls
// inside the closures themselves stay dynamic).

package p

type Viewer interface {
	Absorb(s string) int
	Merge(n int) int
}

type Chunk struct {
	Level  int
	Values []int
}

func (c *Chunk) Absorb(s string) int { return len(s) + c.Level } // ERROR "^c does not escape$" "^s does not escape$"
func (c *Chunk) Merge(n int) int     { return n + c.Level } // ERROR "^c does not escape$"

type Other struct{ Level int }

func (o *Other) Absorb(s string) int { return o.Level } // ERROR "^o does not escape$" "^s does not escape$"
func (o *Other) Merge(n int) int     { return n } // ERROR "^o does not escape$"

func capturedReadOnly() int {
	acc := 0
	var v Viewer = &Chunk{Level: 39, Values: []int{11}} // ERROR "^&Chunk\{\.\.\.\} escapes to heap$" "^\[\]int\{\.\.\.\} escapes to heap$"
	acc += v.Absorb("green") // ERROR "^devirtualizing v\.Absorb to \*Chunk$"
	step := func(arg int) int { // ERROR "^func literal does not escape$"
		acc += arg
		return arg*5 + v.Merge(19)
	}
	return step(acc)
}

func capturedTwice() int {
	var v Viewer = &Chunk{Level: 1} // ERROR "^&Chunk\{\.\.\.\} escapes to heap$"
	outer := func() int { // ERROR "^func literal does not escape$"
		inner := func() int { return v.Merge(2) } // ERROR "^func literal does not escape$"
		return inner()
	}
	return v.Merge(3) + outer() // ERROR "^devirtualizing v\.Merge to \*Chunk$"
}

func capturedAndAssigned() int {
	var v Viewer = &Chunk{Level: 1} // ERROR "^&Chunk\{\.\.\.\} escapes to heap$"
	reset := func() { v = &Other{Level: 2} } // ERROR "^func literal does not escape$" "^&Other\{\.\.\.\} escapes to heap$"
	reset()
	return v.Merge(3)
}

func capturedAndAddressed() int {
	var v Viewer = &Chunk{Level: 1} // ERROR "^moved to heap: v$" "^&Chunk\{\.\.\.\} escapes to heap$"
	take := func() *Viewer { return &v } // ERROR "^func literal does not escape$"
	_ = take()
	return v.Merge(3)
}

func calledThroughCapture() int {
	double := func(n int) int { return 2 * n } // ERROR "^func literal does not escape$"
	apply := func() int { return double(4) } // ERROR "^func literal does not escape$"
	return double(3) + apply()
}
