// errorcheck -0 -m -m -l

// Capture by value or by reference, decided once per variable in gc's
// walk: the first capture forgets earlier assignments at its loop depth;
// an assignment after it (in the statement creating the closure, in
// another closure's body) makes every capture by reference, and a capture
// after a by-reference one reports its address taken.

package p

func recursive() int {
	var f func(int) int // ERROR "^recursive capturing by ref: f \(addr=false assign=true width=8\)$"
	f = func(n int) int { // ERROR "^func literal does not escape$"
		if n < 2 {
			return n
		}
		return f(n-1) + f(n-2)
	}
	return f(10)
}

func sharedInc() int {
	q := 0 // ERROR "^sharedInc capturing by ref: q \(addr=false assign=true width=8\)$" "^sharedInc capturing by ref: q \(addr=true assign=true width=8\)$"
	inc := func() { q++ } // ERROR "^func literal does not escape$"
	get := func() int { return q } // ERROR "^func literal does not escape$"
	inc()
	return get()
}

func sameStatement() int {
	var g func() int
	r := 0 // ERROR "^sameStatement capturing by ref: r \(addr=false assign=true width=8\)$"
	r, g = 1, func() int { return r } // ERROR "^func literal does not escape$"
	return g()
}

func assignedBefore() int {
	s := 1 // ERROR "^assignedBefore capturing by value: s \(addr=false assign=false width=8\)$"
	s = 2
	h := func() int { return s } // ERROR "^func literal does not escape$"
	return h()
}
