// errorcheck -0 -m -l

// Size limits: variables over 10 MiB are heap-allocated ("too large for
// stack"), and so are implicit allocations by new(T), &T{} and make with a
// constant size over 64 KiB; gc's -m report never calls a slice literal
// too large, whatever its size.  Smaller ones stay on the stack.

package p

type big [20 << 20]byte

func largeArrayVar() byte {
	var a [20 << 20]byte // ERROR "^moved to heap: a$"
	return a[0]
}

func smallArrayVar() byte {
	var a [1024]byte
	return a[0]
}

func largeMake() int {
	s := make([]byte, 100<<10) // ERROR "^make\(\[\]byte, 100 << 10\) escapes to heap$"
	return len(s)
}

func smallMake() int {
	s := make([]byte, 60<<10) // ERROR "^make\(\[\]byte, 60 << 10\) does not escape$"
	return len(s)
}

func limitMake() int {
	s := make([]byte, 64<<10) // ERROR "^make\(\[\]byte, 64 << 10\) does not escape$"
	return len(s)
}

func overLimitMake() int {
	s := make([]byte, 64<<10+1) // ERROR "^make\(\[\]byte, 64 << 10 \+ 1\) escapes to heap$"
	return len(s)
}

func largeNew() byte {
	p := new([1 << 20]byte) // ERROR "^new\(\[1048576\]byte\) escapes to heap$"
	return p[0]
}

func smallNew() byte {
	p := new([1 << 10]byte) // ERROR "^new\(\[1024\]byte\) does not escape$"
	return p[0]
}

func largeLiteral() int {
	s := []int{10000: 1} // ERROR "^\[\]int\{\.\.\.\} does not escape$"
	return len(s)
}

func largeNamedVar() byte {
	var b big // ERROR "^moved to heap: b$"
	return b[1]
}

func largeCompositeAddr() byte {
	p := &[100000]byte{} // ERROR "^&\[100000\]byte\{\} escapes to heap$"
	return p[3]
}

func mediumArrayVar() byte {
	var a [1 << 20]byte
	return a[5]
}

func newAtLimit() byte {
	p := new([64 << 10]byte) // ERROR "^new\(\[65536\]byte\) does not escape$"
	return p[0]
}

func newBelowLimit() byte {
	p := new([64<<10 - 1]byte) // ERROR "^new\(\[65535\]byte\) does not escape$"
	return p[0]
}

func addrLitAtLimit() byte {
	p := &[64 << 10]byte{} // ERROR "^&\[65536\]byte\{\} does not escape$"
	return p[1]
}

func hugeSliceLiteral() int {
	s := []byte{11 << 20: 1} // ERROR "^\[\]byte\{\.\.\.\} does not escape$"
	return len(s)
}

func makeLargeElems() int {
	s := make([][1024]byte, 65) // ERROR "^make\(\[\]\[1024\]byte, 65\) escapes to heap$"
	return len(s)
}
