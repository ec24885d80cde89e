// errorcheck -0 -m -l

// append: the appendee slice and the appended values.

package p

var gs []int
var gps []*int
var gis []interface{}

func appendLocal() int {
	s := make([]int, 0, 4) // ERROR "^make\(\[\]int, 0, 4\) does not escape$"
	s = append(s, 1, 2)
	return len(s)
}

func appendParamReturned(s []int, x int) []int { // ERROR "^leaking param: s to result ~r0 level=0$"
	return append(s, x)
}

func appendPointerValue(s []*int, x *int) []*int { // ERROR "^leaking param content: s$" "^leaking param: s to result ~r0 level=0$" "^leaking param: x$"
	return append(s, x)
}

func appendPointerValueLocal(x *int) int { // ERROR "^leaking param: x$"
	s := make([]*int, 0, 1) // ERROR "^make\(\[\]\*int, 0, 1\) does not escape$"
	s = append(s, x)
	return len(s)
}

func appendAddrOfLocal() {
	x := 5 // ERROR "^moved to heap: x$"
	gps = append(gps, &x)
}

func appendToGlobal(v int) {
	gs = append(gs, v)
}

func appendSpread(a, b []int) []int { // ERROR "^leaking param: a to result ~r0 level=0$" "^b does not escape$"
	return append(a, b...)
}

func appendSpreadPtrs(a, b []*int) []*int { // ERROR "^leaking param content: a$" "^leaking param: a to result ~r0 level=0$" "^leaking param content: b$"
	return append(a, b...)
}

func appendStringBytes(b []byte, s string) []byte { // ERROR "^leaking param: b to result ~r0 level=0$" "^s does not escape$"
	return append(b, s...)
}

func appendNilSlice(x int) []int {
	return append([]int(nil), x)
}

func appendLiteral(x int) int {
	s := append([]int{1}, x) // ERROR "^\[\]int\{\.\.\.\} does not escape$"
	return len(s)
}

func appendInterface(x int) {
	gis = append(gis, x) // ERROR "^x escapes to heap$"
}

func appendInterfaceLocal(x int) int {
	var s []interface{}
	s = append(s, x) // ERROR "^x escapes to heap$"
	return len(s)
}

func appendSelf(s []int) []int { // ERROR "^leaking param: s to result ~r0 level=0$"
	s = append(s, s...)
	return s
}

func appendLoop(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func appendParamNotReturned(s []int) int { // ERROR "^s does not escape$"
	s = append(s, 1)
	return len(s)
}

func appendIntoStruct(x *int) { // ERROR "^leaking param: x$"
	type box struct{ ps []*int }
	var b box
	b.ps = append(b.ps, x)
	gps = b.ps
}
