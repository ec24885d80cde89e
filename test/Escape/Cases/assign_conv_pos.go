// errorcheck -0 -m -l

// Positions of the implicit interface conversions of multi-value var
// declarations and assignments: gc converts after building every value
// (and, for an assignment, every assigned place), at the last position
// that building entered. The multiset test checks the columns.

package p

type Point struct{ X, Y int }

const c = 5

var sink, sink2 interface{}

func id(s string) string { return s } // ERROR "^leaking param: s to result ~r0 level=0$"

func declPairs(p1 Point, a, b string) { // ERROR "^leaking param: a$" "^leaking param: b$"
	var i1, i2 interface{} = p1, Point{1, 2} // ERROR "^p1 escapes to heap$" "^Point\{\.\.\.\} escapes to heap$"
	var j, k interface{} = c == 1, c == 2 // ERROR "^c == 1 escapes to heap$" "^c == 2 escapes to heap$"
	var u, v interface{} = a + b, id(b) // ERROR "^a \+ b escapes to heap$" "^id\(b\) escapes to heap$"
	var m, n interface{} = id(a), c // ERROR "^id\(a\) escapes to heap$" "^c escapes to heap$"
	var q, r interface{} = b, a // ERROR "^b escapes to heap$" "^a escapes to heap$"
	sink, sink2 = i1, i2
	sink, sink2 = j, k
	sink, sink2 = u, v
	sink, sink2 = m, n
	sink, sink2 = q, r
}

func declSingle(a, b string) { // ERROR "^leaking param: a$" "^b does not escape$"
	var y interface{} = a + b // ERROR "^a \+ b escapes to heap$"
	var z interface{} = Point{len(a), len(b)}.X // ERROR "^Point\{\.\.\.\}\.X escapes to heap$"
	var w interface{} = id(a) // ERROR "^id\(a\) escapes to heap$"
	sink, sink2 = y, z
	sink = w
}

func assignPairs(p1 Point, a string) { // ERROR "^leaking param: a$"
	var i1, i2 interface{}
	i1, i2 = p1, Point{1, 2} // ERROR "^p1 does not escape$" "^Point\{\.\.\.\} does not escape$"
	sink, sink2 = id(a), c // ERROR "^id\(a\) escapes to heap$" "^c escapes to heap$"
	sink, sink2 = p1.X, a // ERROR "^p1\.X escapes to heap$" "^a escapes to heap$"
	var arr [3]interface{}
	arr[0], arr[1] = a, p1.X // ERROR "^a does not escape$" "^p1\.X does not escape$"
	_, _ = i1, i2
}

func assignIndexed(a string, k int) { // ERROR "^a does not escape$"
	var arr [3]interface{}
	arr[k] = a // ERROR "^a does not escape$"
	_ = arr
}
