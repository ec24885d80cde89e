// errorcheck

// A channel element of 64kB or more is gc's size error, reported at each
// declaration that writes such a channel type out, at a defined type
// holding one, and at the make of one; a variable declared by := is typed
// by its value.

package p

type T [1 << 17]byte

var x chan T // ERROR "channel element type too large \(>64kB\)"

var y, z chan T // ERROR "channel element type too large \(>64kB\)"

var ok chan [1<<16 - 1]byte

type S struct { // ERROR "channel element type too large \(>64kB\)"
	next *S
	p    *chan T
}

func f() {
	var l chan struct{ a [40000]int16 } // ERROR "channel element type too large \(>64kB\)"
	m := make(chan T, 1)                // ERROR "channel element type too large \(>64kB\)"
	n := m
	_, _ = l, n
}
