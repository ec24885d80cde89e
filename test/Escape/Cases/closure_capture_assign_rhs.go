// errorcheck -0 -m -l

// Where -m -m says a closure captured a variable: gc builds an
// assignment's right-hand side before its left, so a variable mentioned
// on both sides of `x.f = ...x...` is captured at its right-hand mention
// (the gc-multiset test compares the `captured by a closure` lines).

package p

type R struct {
	h []string
	n int
	m map[string]int
}

func appendField(r *R, s string) func() { // ERROR "^leaking param: r$" "^leaking param: s$"
	return func() { // ERROR "^func literal escapes to heap$"
		r.h = append(r.h, s)
	}
}

func opAssign(r *R) func() { // ERROR "^leaking param: r$"
	return func() { // ERROR "^func literal escapes to heap$"
		r.n += r.n // ERROR "^opAssign\.func1 ignoring self-assignment in r\.n \+= r\.n$"
	}
}

func mapIndexBothSides(r *R) func() { // ERROR "^leaking param: r$"
	return func() { // ERROR "^func literal escapes to heap$"
		r.m[r.h[0]] = len(r.h)
	}
}

func sliceElems(a []int) func() { // ERROR "^leaking param: a$"
	return func() { // ERROR "^func literal escapes to heap$"
		a[0] = a[1] // ERROR "^sliceElems\.func1 ignoring self-assignment in a\[0\] = a\[1\]$"
	}
}

func onlyLeft(r *R, v int) func() { // ERROR "^leaking param: r$"
	return func() { // ERROR "^func literal escapes to heap$"
		r.n = v
	}
}

func tuple(r *R, a []int) func() { // ERROR "^leaking param: r$" "^leaking param: a$"
	return func() { // ERROR "^func literal escapes to heap$"
		r.n, a[0] = a[1], r.n
	}
}

type Q struct {
	s []*int
	t *int
	k string
	m map[string]*int
	n int
}

func incThenAssign(q *Q) func() { // ERROR "^leaking param: q$"
	return func() { q.n++; q.t = q.s[0] } // ERROR "^func literal escapes to heap$"
}

func rangeAssign(q *Q) func() { // ERROR "^leaking param: q$"
	return func() { // ERROR "^func literal escapes to heap$"
		for _, x := range q.s {
			q.t = x
		}
	}
}

func condAssign(q *Q) func() { // ERROR "^leaking param: q$"
	return func() { // ERROR "^func literal escapes to heap$"
		if q.t == nil {
			q.t = q.m[q.k]
		}
	}
}

func opAssignCall(q *Q) func() { // ERROR "^leaking param: q$"
	return func() { q.n += len(q.s) } // ERROR "^func literal escapes to heap$"
}

func swap(q, p *Q) func() { // ERROR "^leaking param: q$" "^leaking param: p$"
	return func() { p.t, q.t = q.t, p.t } // ERROR "^func literal escapes to heap$"
}
