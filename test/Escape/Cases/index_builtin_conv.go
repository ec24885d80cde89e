// errorcheck -0 -m -l

// Interface conversions of map keys (in reads, writes, op-assignments,
// increments, comma-ok reads) are where building the index expression
// left gc's position: the last non-constant operand of the map and the
// key. Those of builtin operands (append's elements, delete's key) are
// where building all the operands left it. The multiset test checks the
// columns.

package p

var sink interface{}

type K struct{ A string }

type Count int

func keys(x int, s string, pm *map[interface{}]string, mm map[string]map[interface{}]int) { // ERROR "^leaking param: s$" "^pm does not escape$" "^mm does not escape$"
	im := map[interface{}]string{} // ERROR "^map\[interface \{\}\]string\{\} does not escape$"
	im[1] = "a" // ERROR "^1 escapes to heap$"
	im[x] = "b" // ERROR "^x escapes to heap$"
	im[x+1] = "c" // ERROR "^x \+ 1 escapes to heap$"
	im[K{s}] = "d" // ERROR "^K\{\.\.\.\} escapes to heap$"
	_ = im[2] // ERROR "^2 does not escape$"
	v, ok := im[x] // ERROR "^x does not escape$"
	im[3] += "e" // ERROR "^3 escapes to heap$"
	(*pm)[4] = "f" // ERROR "^4 escapes to heap$"
	mm[s][5] = 6 // ERROR "^5 escapes to heap$"
	mm[s][x]++ // ERROR "^x escapes to heap$"
	delete(im, 7) // ERROR "^7 does not escape$"
	sink, sink = v, ok // ERROR "^v escapes to heap$" "^ok escapes to heap$"
	if im[s] == "" { // ERROR "^s does not escape$"
		sink = im[x*2] // ERROR "^im\[x \* 2\] escapes to heap$" "^x \* 2 does not escape$"
	}
}

func appends(vals []interface{}, i int) []interface{} { // ERROR "^leaking param content: vals$" "^leaking param: vals to result ~r0 level=0$"
	vals = append(vals, i, int16(i), uint32(i), Count(i), uint64(i)) // ERROR "^i escapes to heap$" "^int16\(i\) escapes to heap$" "^uint32\(i\) escapes to heap$" "^Count\(i\) escapes to heap$" "^uint64\(i\) escapes to heap$"
	vals = append(vals, 1, "x") // ERROR "^1 escapes to heap$" `^"x" escapes to heap$`
	return append(vals, i+1, 2) // ERROR "^i \+ 1 escapes to heap$" "^2 escapes to heap$"
}

func deletes(m map[interface{}]int, i int) { // ERROR "^m does not escape$"
	delete(m, i) // ERROR "^i does not escape$"
	delete(m, i*2) // ERROR "^i \* 2 does not escape$"
	delete(m, K{"k"}) // ERROR "^K\{\.\.\.\} does not escape$"
}
