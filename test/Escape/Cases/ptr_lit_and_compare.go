// errorcheck -0 -m -l

// `&map[K]V{...}` and `&[]T{...}` are two allocations (the literal at its
// `{`, the pointer's cell at the `&`; the gc-multiset run checks their
// explanations); a constant compared with an interface, and a switch case
// value compared with an interface tag, are compared in place (no
// diagnostic), while a constant comparison's result converted to an
// interface is an ordinary conversion.

package p

import "fmt"

const big = 1 << 100

var sink interface{}

func ptrLits() int {
	p := &map[string]int{"a": 1} // ERROR "^&map\[string\]int{...} does not escape$" "^map\[string\]int{...} does not escape$"
	q := &map[string]int{}       // ERROR "^&map\[string\]int{} escapes to heap$" "^map\[string\]int{} escapes to heap$"
	s := &[]int{1}               // ERROR "^&\[\]int{...} escapes to heap$" "^\[\]int{...} escapes to heap$"
	sink, sink = q, s
	return len(*p)
}

func compares(i interface{}, k int) { // ERROR "^i does not escape$"
	if i == 4 || i == k {
		println(1)
	}
	switch i {
	case 3.0, "s", k:
		println(2)
	}
	fmt.Println(1 == 1, big%7 == 0, "s" < "t") // ERROR "^\.\.\. argument does not escape$" "^1 == 1 escapes to heap$" "^big % 7 == 0 escapes to heap$" "^.s. < .t. escapes to heap$"
}
