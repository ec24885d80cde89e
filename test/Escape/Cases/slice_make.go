// errorcheck -0 -m -l

// make([]T, n): constant and non-constant sizes, results that stay local,
// are returned, stored in globals or passed on.

package p

var gs []int
var gps []*int

func makeConstLocal() int {
	s := make([]int, 10) // ERROR "^make\(\[\]int, 10\) does not escape$"
	s[0] = 1
	return s[0]
}

func makeConstCapLocal() int {
	s := make([]int, 0, 16) // ERROR "^make\(\[\]int, 0, 16\) does not escape$"
	s = append(s, 1)
	return len(s)
}

func makeNonConst(n int) int {
	s := make([]int, n) // ERROR "^make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func makeNonConstCap(n int) int {
	s := make([]byte, 0, n) // ERROR "^make\(\[\]byte, 0, n\) escapes to heap$"
	return cap(s)
}

func makeReturned() []int {
	return make([]int, 4) // ERROR "^make\(\[\]int, 4\) escapes to heap$"
}

func makeReturnedVar() []int {
	s := make([]int, 4) // ERROR "^make\(\[\]int, 4\) escapes to heap$"
	return s
}

func makeToGlobal() {
	gs = make([]int, 3) // ERROR "^make\(\[\]int, 3\) escapes to heap$"
}

func makeToGlobalNonConst(n int) {
	gs = make([]int, n) // ERROR "^make\(\[\]int, n\) escapes to heap$"
}

func makeStoreParam(p *[]int) { // ERROR "^p does not escape$"
	*p = make([]int, 2) // ERROR "^make\(\[\]int, 2\) escapes to heap$"
}

func makePtrElems(x *int) { // ERROR "^leaking param: x$"
	s := make([]*int, 1) // ERROR "^make\(\[\]\*int, 1\) escapes to heap$"
	s[0] = x
	gps = s
}

func makeElemLeaks(x *int) int { // ERROR "^leaking param: x$"
	s := make([]*int, 1) // ERROR "^make\(\[\]\*int, 1\) does not escape$"
	s[0] = x
	return len(s)
}

func makeConstExprSize() int {
	const k = 3
	s := make([]int, k*2) // ERROR "^make\(\[\]int, k \* 2\) does not escape$"
	return len(s)
}

func makeLenFromLen(a []int) int { // ERROR "^a does not escape$"
	s := make([]int, len(a)) // ERROR "^make\(\[\]int, len\(a\)\) escapes to heap$"
	copy(s, a)
	return s[0]
}

func makeSliceOfSlices() int {
	s := make([][]int, 2) // ERROR "^make\(\[\]\[\]int, 2\) does not escape$"
	s[0] = make([]int, 2) // ERROR "^make\(\[\]int, 2\) escapes to heap$"
	return len(s[0])
}

func makeInClosure() func() int {
	return func() int { // ERROR "^func literal escapes to heap$"
		s := make([]int, 8) // ERROR "^make\(\[\]int, 8\) does not escape$"
		return len(s)
	}
}

func makeToInterface() interface{} {
	return make([]int, 1) // ERROR "^make\(\[\]int, 1\) escapes to heap$"
}

// gc takes a make size for constant only when it fits in 32 bits, even
// for elements of size zero.
func makeHugeConstant() int {
	s := make([]struct{}, 1<<40) // ERROR "^make\(\[\]struct \{\}, 1 << 40\) escapes to heap$"
	t := make([]struct{}, 1<<20) // ERROR "^make\(\[\]struct \{\}, 1 << 20\) does not escape$"
	return len(s) + len(t)
}
