// errorcheck -0 -m -l

// Elements appended to a slice of interfaces: a pointer-shaped value
// converts without a box, and -m -m explains its flow through the
// conversion (`from &T{} (interface-converted)`) before the append's
// call parameter; a boxed value spills instead.

package p

type I interface{ M() }
type T struct{ a int }

func (*T) M() {}

type V int

func (V) M() {}

var sink []I

func appendPtr() {
	sink = append(sink, &T{}) // ERROR "^&T\{\} escapes to heap$"
}

func appendTwo(t *T) { // ERROR "^leaking param: t$"
	sink = append(sink, t, &T{a: 1}) // ERROR "^&T\{\.\.\.\} escapes to heap$"
}

func appendBoxed(v V) {
	sink = append(sink, v, V(2), &T{}) // ERROR "^v escapes to heap$" "^V\(2\) escapes to heap$" "^&T\{\} escapes to heap$"
}

func appendLocal() int {
	s := []I{}          // ERROR "^\[\]I\{\} does not escape$"
	s = append(s, &T{}) // ERROR "^&T\{\} escapes to heap$"
	return len(s)
}
