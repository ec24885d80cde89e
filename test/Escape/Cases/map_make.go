// errorcheck -0 -m -l

// make(map...): with and without hints, local, returned, stored.

package p

var gm map[string]int
var gpm map[int]*int

func mapMakeLocal() int {
	m := make(map[string]int) // ERROR "^make\(map\[string\]int\) does not escape$"
	m["a"] = 1
	return len(m)
}

func mapMakeHint() int {
	m := make(map[int]int, 8) // ERROR "^make\(map\[int\]int, 8\) does not escape$"
	m[1] = 2
	return m[1]
}

func mapMakeHintNonConst(n int) int {
	m := make(map[int]int, n) // ERROR "^make\(map\[int\]int, n\) does not escape$"
	return len(m)
}

func mapMakeReturned() map[string]int {
	return make(map[string]int) // ERROR "^make\(map\[string\]int\) escapes to heap$"
}

func mapMakeToGlobal() {
	gm = make(map[string]int) // ERROR "^make\(map\[string\]int\) escapes to heap$"
}

func mapMakeToParam(p *map[string]int) { // ERROR "^p does not escape$"
	*p = make(map[string]int) // ERROR "^make\(map\[string\]int\) escapes to heap$"
}

func mapMakeInStruct() int {
	type s struct{ m map[int]int }
	var v s
	v.m = make(map[int]int) // ERROR "^make\(map\[int\]int\) does not escape$"
	return len(v.m)
}

func mapMakeToInterface() interface{} {
	return make(map[int]bool) // ERROR "^make\(map\[int\]bool\) escapes to heap$"
}

func mapVarLiteralNil() int {
	var m map[string]int
	return m["x"]
}

func mapMakeLarge() int {
	m := make(map[int][1000]int) // ERROR "^make\(map\[int\]\[1000\]int\) does not escape$"
	return len(m)
}

func mapOfMaps() int {
	m := make(map[string]map[string]int) // ERROR "^make\(map\[string\]map\[string\]int\) does not escape$"
	m["a"] = make(map[string]int) // ERROR "^make\(map\[string\]int\) escapes to heap$"
	return len(m)
}

func mapMakePtrValues(x *int) { // ERROR "^leaking param: x$"
	m := make(map[int]*int) // ERROR "^make\(map\[int\]\*int\) escapes to heap$"
	m[0] = x
	gpm = m
}

func mapMakeParamMap(m map[string]int) int { // ERROR "^m does not escape$"
	return m["k"]
}

func mapMakeParamReturned(m map[string]int) map[string]int { // ERROR "^leaking param: m to result ~r0 level=0$"
	return m
}
