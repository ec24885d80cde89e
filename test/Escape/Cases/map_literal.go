// errorcheck -0 -m -l

// Map literals: keys and values of pointer, string and interface types.

package p

var gm map[string]int
var gpm map[*int]*int
var gim map[interface{}]interface{}

func mapLitLocal() int {
	m := map[string]int{"a": 1, "b": 2} // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	return m["a"]
}

func mapLitReturned() map[string]int {
	return map[string]int{"a": 1} // ERROR "^map\[string\]int\{\.\.\.\} escapes to heap$"
}

func mapLitGlobal() {
	gm = map[string]int{"z": 26} // ERROR "^map\[string\]int\{\.\.\.\} escapes to heap$"
}

func mapLitPtrKeyValue(k, v *int) int { // ERROR "^leaking param: k$" "^leaking param: v$"
	m := map[*int]*int{k: v} // ERROR "^map\[\*int\]\*int\{\.\.\.\} does not escape$"
	return len(m)
}

func mapLitPtrKeyValueLeak(k, v *int) { // ERROR "^leaking param: k$" "^leaking param: v$"
	gpm = map[*int]*int{k: v} // ERROR "^map\[\*int\]\*int\{\.\.\.\} escapes to heap$"
}

func mapLitIface(k string, v int) { // ERROR "^leaking param: k$"
	gim = map[interface{}]interface{}{k: v} // ERROR "^map\[interface \{\}\]interface \{\}\{\.\.\.\} escapes to heap$" "^k escapes to heap$" "^v escapes to heap$"
}

func mapLitIfaceLocal(k string, v int) int { // ERROR "^leaking param: k$"
	m := map[interface{}]interface{}{k: v} // ERROR "^map\[interface \{\}\]interface \{\}\{\.\.\.\} does not escape$" "^k escapes to heap$" "^v escapes to heap$"
	return len(m)
}

func mapLitStringKeys(a, b string) int { // ERROR "^leaking param: a$" "^leaking param: b$"
	m := map[string]bool{a: true, b: false} // ERROR "^map\[string\]bool\{\.\.\.\} does not escape$"
	return len(m)
}

func mapLitSliceValues() int {
	m := map[string][]int{"x": {1, 2}} // ERROR "^map\[string\]\[\]int\{\.\.\.\} does not escape$" "^\[\]int\{\.\.\.\} escapes to heap$"
	return len(m["x"])
}

func mapLitStructValues() map[string]struct{ x int } {
	return map[string]struct{ x int }{"p": {1}} // ERROR "^map\[string\]struct \{ x int \}\{\.\.\.\} escapes to heap$"
}

func mapLitAddrValues() int {
	x := 1 // ERROR "^moved to heap: x$"
	m := map[string]*int{"x": &x} // ERROR "^map\[string\]\*int\{\.\.\.\} does not escape$"
	return *m["x"]
}

func mapLitEmpty() int {
	m := map[int]int{} // ERROR "^map\[int\]int\{\} does not escape$"
	return len(m)
}
