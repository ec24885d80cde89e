// errorcheck -0 -m -l

// Slice literals: local, returned, stored, holding pointers, nested.

package p

var gs []int
var gsp []*int
var gss [][]int

func litLocal() int {
	s := []int{1, 2, 3} // ERROR "^\[\]int\{\.\.\.\} does not escape$"
	return s[1]
}

func litReturned() []int {
	return []int{1, 2} // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
}

func litToGlobal() {
	gs = []int{4, 5} // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
}

func litOfPointers(a, b *int) int { // ERROR "^a does not escape$" "^b does not escape$"
	s := []*int{a, b} // ERROR "^\[\]\*int\{\.\.\.\} does not escape$"
	return len(s)
}

func litOfPointersLeak(a, b *int) { // ERROR "^leaking param: a$" "^leaking param: b$"
	gsp = []*int{a, b} // ERROR "^\[\]\*int\{\.\.\.\} escapes to heap$"
}

func litOfAddrs() {
	x, y := 1, 2 // ERROR "^moved to heap: x$" "^moved to heap: y$"
	gsp = []*int{&x, &y} // ERROR "^\[\]\*int\{\.\.\.\} escapes to heap$"
}

func litOfAddrsLocal() int {
	x, y := 1, 2
	s := []*int{&x, &y} // ERROR "^\[\]\*int\{\.\.\.\} does not escape$"
	return *s[0]
}

func litNested() {
	gss = [][]int{{1}, {2, 3}} // ERROR "^\[\]\[\]int\{\.\.\.\} escapes to heap$" "^\[\]int\{\.\.\.\} escapes to heap$"
}

func litNestedLocal() int {
	s := [][]int{{1}, {2, 3}} // ERROR "^\[\]\[\]int\{\.\.\.\} does not escape$" "^\[\]int\{\.\.\.\} does not escape$"
	return len(s)
}

func litIndexed() []string {
	return []string{2: "c", 0: "a"} // ERROR "^\[\]string\{\.\.\.\} escapes to heap$"
}

func litEmpty() int {
	s := []int{} // ERROR "^\[\]int\{\} does not escape$"
	return len(s)
}

func litOfStructs() int {
	type pt struct{ x, y int }
	s := []pt{{1, 2}, {3, 4}} // ERROR "^\[\]pt\{\.\.\.\} does not escape$"
	return s[1].y
}

func litOfInterfaces(a int, b string) []interface{} { // ERROR "^leaking param: b$"
	return []interface{}{a, b} // ERROR "^\[\]interface \{\}\{\.\.\.\} escapes to heap$" "^a escapes to heap$" "^b escapes to heap$"
}

func litOfInterfacesLocal(a int, b string) int { // ERROR "^b does not escape$"
	s := []interface{}{a, b} // ERROR "^\[\]interface \{\}\{\.\.\.\} does not escape$" "^a does not escape$" "^b does not escape$"
	return len(s)
}

func litStoredInParam(p *[]int) { // ERROR "^p does not escape$"
	*p = []int{7} // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
}
