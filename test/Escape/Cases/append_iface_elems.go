// errorcheck -0 -m -l

// Elements appended to a slice of interfaces: a pointer-shaped element
// (pointer, map, &T{...}) is converted without an allocation, and gc's
// -m -m explanation of its leak goes through the conversion, as for a
// call argument; other elements are boxed where they are converted. An
// explicit conversion (`interface{}(p)`, `S(p)`) is explained once, as the
// element's own expression, wherever the converted value goes.

package p

type V struct{ x int }

var sink []interface{}

func appendLit(ifs []interface{}) { // ERROR "^leaking param: ifs$"
	ifs = append(ifs, &V{2}) // ERROR "^&V\{\.\.\.\} escapes to heap$"
	sink = ifs
}

func appendMixed(ifs []interface{}) { // ERROR "^leaking param: ifs$"
	ifs = append(ifs, 1, &V{2}, true) // ERROR "^1 escapes to heap$" "^&V\{\.\.\.\} escapes to heap$" "^true escapes to heap$"
	sink = ifs
}

func appendMap(ifs []interface{}, m map[int]int) { // ERROR "^leaking param: ifs$" "^leaking param: m$"
	ifs = append(ifs, m, 1) // ERROR "^1 escapes to heap$"
	sink = ifs
}

func appendParam(p *V) { // ERROR "^leaking param: p$"
	sink = append(sink, p)
}

func appendTwice(p *V) { // ERROR "^leaking param: p$"
	sink = append([]interface{}{}, p, p) // ERROR "^\[\]interface \{\}\{\} escapes to heap$"
}

func appendNonEscaping(p *V, q *V) int { // ERROR "^leaking param: p$" "^q does not escape$"
	s := append([]interface{}{}, p, *q) // ERROR "^\[\]interface \{\}\{\} does not escape$" "^\*q escapes to heap$"
	return len(s)
}

type S interface{ M() }

func (v *V) M() {} // ERROR "^v does not escape$"

var sinkI interface{}

func takeIface(a interface{}) { sinkI = a } // ERROR "^leaking param: a$"

func appendExplicit(p *V) { // ERROR "^leaking param: p$"
	sink = append(sink, interface{}(p))
}

func appendExplicitNamed(p *V) { // ERROR "^leaking param: p$"
	sink = append(sink, S(p))
}

func argExplicit(p *V) { // ERROR "^leaking param: p$"
	takeIface(interface{}(p))
}

func argExplicitNamed(p *V) { // ERROR "^leaking param: p$"
	takeIface(S(p))
}

func litExplicit(p *V) { // ERROR "^leaking param: p$"
	sink = []interface{}{interface{}(p)} // ERROR "^\[\]interface \{\}\{\.\.\.\} escapes to heap$"
}

func varExplicit(p *V) { // ERROR "^leaking param: p$"
	var i interface{} = interface{}(p)
	sinkI = i
}
