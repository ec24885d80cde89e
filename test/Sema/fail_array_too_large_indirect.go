// errorcheck

// gc sizes the element types of pointers, slices, maps and channels too,
// and the types given to make and new: a too large array anywhere among
// them is an error (at the declaration, or at the call).

package p

var p *[1 << 62]int64 // ERROR "type \[4611686018427387904\]int64 larger than address space"

var s [][1 << 62]int64 // ERROR "type \[4611686018427387904\]int64 larger than address space"

var m map[int][1 << 62]int64 // ERROR "type \[4611686018427387904\]int64 larger than address space"

var c chan [1 << 40][1 << 40]byte // ERROR "type \[1099511627776\]\[1099511627776\]byte larger than address space"

type L struct { // ERROR "type \[4611686018427387904\]int64 larger than address space"
	next *L
	a    *[1 << 62]int64
}

func f() {
	_ = make([][1 << 60][1 << 10]int, 1) // ERROR "type \[1152921504606846976\]\[1024\]int larger than address space"
	_ = new([1 << 61]int64)              // ERROR "type \[2305843009213693952\]int64 larger than address space"
}
