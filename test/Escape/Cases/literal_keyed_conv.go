// errorcheck -0 -m -l

// Interface conversions of keyed composite literal elements (map keys and
// values, keyed slice, array and struct elements) are at the element's
// `:`, whatever the operand; the multiset test checks the columns.

package p

var sink interface{}

type T struct{ A int }

type S struct{ F, G interface{} }

func mapKeys() {
	m := map[interface{}]int{ // ERROR "^map\[interface \{\}\]int\{\.\.\.\} escapes to heap$"
		1: 1, "a": 2, 2.5: 3, T{1}: 7, nil: 9, // ERROR "^1 escapes to heap$" `^"a" escapes to heap$` "^2\.5 escapes to heap$" "^T\{\.\.\.\} escapes to heap$"
	}
	sink = m
}

func mapKeysValues(a, b int) {
	sink = map[interface{}]interface{}{1: 2, "x": 2.5, a + b: a * b, a: b} // ERROR "^map\[interface \{\}\]interface \{\}\{\.\.\.\} escapes to heap$" "^1 escapes to heap$" "^2 escapes to heap$" `^"x" escapes to heap$` "^2\.5 escapes to heap$" "^a \+ b escapes to heap$" "^a \* b escapes to heap$" "^a escapes to heap$" "^b escapes to heap$"
}

func keyedSlice(a, b int) {
	sink = []interface{}{0: 1, 1: a + b, 2: a, 3: "x", 4: S{}, 5: [1]int{a}} // ERROR "^\[\]interface \{\}\{\.\.\.\} escapes to heap$" "^1 escapes to heap$" "^a \+ b escapes to heap$" "^a escapes to heap$" `^"x" escapes to heap$` "^S\{\} escapes to heap$" "^\[1\]int\{\.\.\.\} escapes to heap$"
}

func keyedStruct(a, b int) {
	sink = S{F: a + b, G: 3} // ERROR "^S\{\.\.\.\} escapes to heap$" "^a \+ b escapes to heap$" "^3 escapes to heap$"
	sink = S{a + b, 4} // ERROR "^S\{\.\.\.\} escapes to heap$" "^a \+ b escapes to heap$" "^4 escapes to heap$"
}

func keyedArray(a, b int) {
	sink = [3]interface{}{a + 1, 2: b * 2, 1: 7} // ERROR "^\[3\]interface \{\}\{\.\.\.\} escapes to heap$" "^a \+ 1 escapes to heap$" "^b \* 2 escapes to heap$" "^7 escapes to heap$"
}
