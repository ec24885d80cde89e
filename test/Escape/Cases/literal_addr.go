// errorcheck -0 -m -l

// &S{...} of slice and map literals (named or not, elided or not): the
// pointed-to variable is &S{...}, the backing array or the map is the
// inner S{...}, and the literal's value flows into the variable without
// an element note.

package p

type item struct {
	p   int
	src *int
}

type heap []item
type dict map[string]*int

var g1 *heap
var g2 *[]*int
var g3 *map[string]*int
var g4 []*map[string]*int
var g5 *dict

func namedSlice(src *int) { // ERROR "^leaking param: src$"
	h := &heap{{0, src}} // ERROR "^&heap\{\.\.\.\} escapes to heap$" "^heap\{\.\.\.\} escapes to heap$"
	g1 = h
}

func plainSlice(src *int) { // ERROR "^leaking param: src$"
	g2 = &[]*int{src} // ERROR "^&\[\]\*int\{\.\.\.\} escapes to heap$" "^\[\]\*int\{\.\.\.\} escapes to heap$"
}

func plainMap(src *int) { // ERROR "^leaking param: src$"
	g3 = &map[string]*int{"a": src} // ERROR "^&map\[string\]\*int\{\.\.\.\} escapes to heap$" "^map\[string\]\*int\{\.\.\.\} escapes to heap$"
}

func elidedMaps(src *int) { // ERROR "^leaking param: src$"
	g4 = []*map[string]*int{{"b": src}, {}} // ERROR "^\[\]\*map\[string\]\*int\{\.\.\.\} escapes to heap$" "^&map\[string\]\*int\{\.\.\.\} escapes to heap$" "^map\[string\]\*int\{\.\.\.\} escapes to heap$" "^&map\[string\]\*int\{\} escapes to heap$" "^map\[string\]\*int\{\} escapes to heap$"
}

func namedMap(src *int) { // ERROR "^leaking param: src$"
	g5 = &dict{"c": src} // ERROR "^&dict\{\.\.\.\} escapes to heap$" "^dict\{\.\.\.\} escapes to heap$"
}

func localOnes() int {
	l := &map[int]int{1: 2} // ERROR "^&map\[int\]int\{\.\.\.\} does not escape$" "^map\[int\]int\{\.\.\.\} does not escape$"
	k := []*map[int]int{{3: 4}} // ERROR "^\[\]\*map\[int\]int\{\.\.\.\} does not escape$" "^&map\[int\]int\{\.\.\.\} does not escape$" "^map\[int\]int\{\.\.\.\} does not escape$"
	h := &heap{{1, nil}} // ERROR "^&heap\{\.\.\.\} does not escape$" "^heap\{\.\.\.\} does not escape$"
	return len(*l) + len(k) + len(*h)
}
