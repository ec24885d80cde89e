// errorcheck -0 -m -l

// copy, slicing, reslicing and self-assignment of slices.

package p

var gs []int
var gb []byte

type buf struct {
	b []byte
	s []int
}

func copyLocal(a []int) int { // ERROR "^a does not escape$"
	b := make([]int, 3) // ERROR "^make\(\[\]int, 3\) does not escape$"
	return copy(b, a)
}

func copyPtrs(dst, src []*int) int { // ERROR "^dst does not escape$" "^leaking param content: src$"
	return copy(dst, src)
}

func copyString(dst []byte, s string) int { // ERROR "^dst does not escape$" "^s does not escape$"
	return copy(dst, s)
}

func sliceArrayLocal() int {
	var a [8]int
	s := a[:]
	return len(s)
}

func sliceArrayGlobal() {
	var a [8]int // ERROR "^moved to heap: a$"
	gs = a[2:4]
}

func sliceParamReturned(s []int) []int { // ERROR "^leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func sliceParamThreeIndex(s []int) []int { // ERROR "^leaking param: s to result ~r0 level=0$"
	return s[1:2:3]
}

func sliceParamToGlobal(s []int) { // ERROR "^leaking param: s$"
	gs = s[:1]
}

func sliceStringReturned(s string) string { // ERROR "^leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func slicePtrArray(p *[4]int) []int { // ERROR "^leaking param: p to result ~r0 level=0$"
	return p[:]
}

func selfAssignField(b *buf) { // ERROR "^b does not escape$"
	b.b = b.b[1:] // ERROR "^selfAssignField ignoring self-assignment in b\.b = b\.b\[1:\]$"
}

func selfAssignFieldTwo(b *buf) { // ERROR "^b does not escape$"
	b.s = b.s[:2] // ERROR "^selfAssignFieldTwo ignoring self-assignment in b\.s = b\.s\[:2\]$"
}

func sliceNewArray() []int {
	p := new([3]int) // ERROR "^new\(\[3\]int\) escapes to heap$"
	return p[:]
}

func sliceLiteralArray() int {
	a := [3]int{1, 2, 3}
	s := a[1:]
	return s[0]
}

func sliceOfSlicedMake(n int) []byte {
	b := make([]byte, 16) // ERROR "^make\(\[\]byte, 16\) escapes to heap$"
	return b[:n]
}
