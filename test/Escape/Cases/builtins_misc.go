// errorcheck -0 -m -l

// Builtins and odd corners: print/println arguments, addresses of
// results, zero-length makes, range over []byte(s), string switches,
// comparisons, struct{} values, named result addresses.

package p

var gi *int
var gx interface{}

func printArgs(p *int, s string, n int) { // ERROR "^p does not escape$" "^s does not escape$"
	print(p, s, n)
	println(p, s, n)
}

func resultAddrTaken() (r int) { // ERROR "^moved to heap: r$"
	gi = &r
	return
}

func resultAddrLocal() (r int) {
	p := &r
	*p = 4
	return
}

func makeZero() int {
	s := make([]int, 0) // ERROR "^make\(\[\]int, 0\) does not escape$"
	return len(s)
}

func makeZeroReturned() []int {
	return make([]int, 0) // ERROR "^make\(\[\]int, 0\) escapes to heap$"
}

func rangeBytesOfString(s string) int { // ERROR "^s does not escape$"
	n := 0
	for _, c := range []byte(s) { // ERROR "^\(\[\]byte\)\(s\) does not escape$"
		n += int(c)
	}
	return n
}

func switchOnBytes(b []byte) int { // ERROR "^b does not escape$"
	switch string(b) { // ERROR "^string\(b\) does not escape$"
	case "a":
		return 1
	case "b":
		return 2
	}
	return 0
}

func concatWithConversion(b []byte) string { // ERROR "^b does not escape$"
	return "prefix:" + string(b) // ERROR `^"prefix:" \+ string\(b\) escapes to heap$` "^string\(b\) does not escape$"
}

func compareIfaces(a, b interface{}) bool { // ERROR "^a does not escape$" "^b does not escape$"
	return a == b
}

func compareIfaceValue(a interface{}, n int) bool { // ERROR "^a does not escape$"
	return a == n
}

func emptyStructAddr() *struct{} {
	return &struct{}{} // ERROR "^&struct \{\}\{\} escapes to heap$"
}

func emptyStructVarAddr() {
	var e struct{} // ERROR "^moved to heap: e$"
	gx = &e
}

func lenOfLiteral() int {
	return len([]int{1, 2, 3}) // ERROR "^\[\]int\{\.\.\.\} does not escape$"
}

func capOfMake(n int) int {
	return cap(make([]byte, n, n)) // ERROR "^make\(\[\]byte, n, n\) escapes to heap$"
}

func newInReturnedClosure() func() *int {
	return func() *int { // ERROR "^func literal escapes to heap$"
		return new(int) // ERROR "^new\(int\) escapes to heap$"
	}
}

func deleteLocalMap() int {
	m := map[int]int{1: 1} // ERROR "^map\[int\]int\{\.\.\.\} does not escape$"
	delete(m, 1)
	return len(m)
}

func appendToLocalArraySlice() int {
	var a [4]int
	s := append(a[:0], 1)
	return s[0]
}
