// errorcheck -0 -m -l

// Where gc positions the implicit interface conversions of assignments,
// declarations, definitions, keyed literal elements, append operands and
// map keys (the gc-multiset run compares the columns).

package p

type T struct{ f interface{} }

var sink interface{}

func assignments(t *T, p *interface{}, k, n int) { // ERROR "^t does not escape$" "^p does not escape$"
	var x, y interface{}
	x, y = 2, "y"       // ERROR "^2 does not escape$" "^.y. does not escape$"
	*p = 1              // ERROR "^1 escapes to heap$"
	t.f = k             // ERROR "^k escapes to heap$"
	x, _ = k+n, 5       // ERROR "^k \+ n does not escape$"
	var arr [3]interface{}
	x, arr[k-n] = 3, 4 // ERROR "^3 does not escape$" "^4 escapes to heap$"
	sink = x == y // ERROR "^x == y escapes to heap$"
	sink = arr[0]
}

func declarations(k, n int) {
	var a, b interface{} = 1, k * n // ERROR "^1 does not escape$" "^k \* n does not escape$"
	var c, d interface{} = 5, 6     // ERROR "^5 does not escape$" "^6 does not escape$"
	var x, y interface{} // ERROR "^7 does not escape$" "^8 does not escape$"
	x, y, z := 7, 8, 9   // (a definition of constants converts at x's declaration)
	sink = a == b && c == d && x == y && z == 0 // ERROR "^a == b && c == d && x == y && z == 0 escapes to heap$"
}

func literals(k int) {
	m := map[interface{}]interface{}{1: 2, k: "b"} // ERROR "^map\[interface {}\]interface {}{...} escapes to heap$" "^1 escapes to heap$" "^2 escapes to heap$" "^k escapes to heap$" "^.b. escapes to heap$"
	a := [3]interface{}{2: "x", 0: k}              // ERROR "^.x. escapes to heap$" "^k escapes to heap$"
	sink, sink = m, a                              // ERROR "^a escapes to heap$"
}

func appends(vals []interface{}, i int) []interface{} { // ERROR "^leaking param: vals to result ~r0 level=0$" "^leaking param content: vals$"
	return append(vals, i, int16(i), uint8(i)) // ERROR "^i escapes to heap$" "^int16\(i\) escapes to heap$" "^uint8\(i\) escapes to heap$"
}

func mapKeys(m map[interface{}]int, k int) { // ERROR "^m does not escape$"
	m["ok"] = 1 // ERROR "^.ok. escapes to heap$"
	m[k] = 2    // ERROR "^k escapes to heap$"
	_ = m["x"]  // ERROR "^.x. does not escape$"
}
