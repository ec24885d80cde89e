// errorcheck -0 -m -l

// An elided `&T{...}` element of a literal of pointers is an allocation
// of its own, reported like an explicit `&T{...}`.

package p

type node struct {
	val  int
	next *node
}

var sink interface{}

func elidedEscapes() {
	ps := []*node{{val: 1}, nil} // ERROR "^\[\]\*node{...} does not escape$" "^&node{...} escapes to heap$"
	sink = ps[0]
}

func elidedStays() int {
	ps := [2]*node{{val: 1}, {val: 2}} // ERROR "^&node{...} does not escape$"
	return ps[0].val + ps[1].val
}

func elidedMapValue() *node {
	m := map[string]*node{"a": {val: 3}} // ERROR "^map\[string\]\*node{...} does not escape$" "^&node{...} escapes to heap$"
	return m["a"]
}
