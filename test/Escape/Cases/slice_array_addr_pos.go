// errorcheck -0 -m -l

// Slicing an addressable array takes its address implicitly; -m -m
// explains the flow `from X (address-of) at POS` with gc's position for
// that implicit &: where building the slice expression left it, the
// leftmost name of its operand (`n` of `n.in.arr[:]`, `p` of `(*p)[:]`)
// or the last index operand that has a position of its own.

package p

type node struct {
	arr [4]*int
	in  inner
	pin *inner
}

type inner struct{ arr [4]*int }

var sink []*int

func fieldOfPtr(n *node) { sink = n.arr[:] } // ERROR "^leaking param: n$"

func fieldOfValue(n node) { sink = n.arr[:] } // ERROR "^moved to heap: n$"

func nestedField(n *node) { sink = n.in.arr[:] } // ERROR "^leaking param: n$"

func throughPtrField(n *node) { sink = n.pin.arr[:] } // ERROR "^leaking param content: n$"

func derefParen(p *[4]*int) { sink = (*p)[:] } // ERROR "^leaking param: p$"

func parenField(n *node) { sink = (n.arr)[1:2] } // ERROR "^leaking param: n$"

func elemField(ns []node) { sink = ns[0].arr[:] } // ERROR "^leaking param: ns$"

func localArray(a [4]*int, i, j int) { sink = a[i:j] } // ERROR "^moved to heap: a$"

func fieldLow(n *node, i int) { sink = n.arr[i:] } // ERROR "^leaking param: n$"

func derefFull(p *[4]*int, i, j int) { sink = (*p)[i:j:j] } // ERROR "^leaking param: p$"

func nestedHigh(n *node, i int) { sink = n.in.arr[:i+1] } // ERROR "^leaking param: n$"

func mapBounds(n *node, m map[int]int) { sink = n.arr[m[0]:len(m)] } // ERROR "^leaking param: n$" "^m does not escape$"

func callBounds(ns []node, f func() int) { sink = ns[f()].arr[:f()] } // ERROR "^leaking param: ns$" "^f does not escape$"
