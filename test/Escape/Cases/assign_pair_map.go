// errorcheck -0 -m -l

// Map elements among the places of a multi-value assignment: each update
// is explained as gc's assign-pair (and key of map put for its key);
// the key of m[k]++ as key of map put.

package p

var gm map[*int]*int
var gn map[string]interface{}

func pairPut(k1, k2, v1, v2 *int) { // ERROR "^leaking param: k1$" "^leaking param: k2$" "^leaking param: v1$" "^leaking param: v2$"
	gm[k1], gm[k2] = v1, v2
}

func mixedPut(k, v, w *int) int { // ERROR "^leaking param: k$" "^v does not escape$" "^leaking param: w$"
	var arr [2]*int
	arr[0], gm[k], arr[1] = v, w, k
	return *arr[0] + *arr[1]
}

func convertedPut(x int) {
	gn["a"], x, gn["b"] = x, 3, x // ERROR "^x escapes to heap$"
}

func localPut(k1, k2, v1, v2 *int) int { // ERROR "^leaking param: k1$" "^leaking param: k2$" "^leaking param: v1$" "^leaking param: v2$"
	m := map[*int]*int{} // ERROR "^map\[\*int\]\*int\{\} does not escape$"
	m[k1], (m[k2]) = v1, v2
	return len(m)
}

var gc map[*int]int

func incDecPut(k *int) { // ERROR "^leaking param: k$"
	gc[k]++
}

type holder struct{ f *int }

func leakArg(p *int) *int { return p } // ERROR "^leaking param: p to result ~r0 level=0$"

// The keys of all the map elements come before the values, whatever
// places are between them.
func storeAndPuts(k1, k2, v *int, h *holder) { // ERROR "^leaking param: k1$" "^leaking param: k2$" "^leaking param: v$" "^h does not escape$"
	h.f, gm[k1], gm[k2] = v, leakArg(k2), k1
}

func threePuts(k1, k2, k3, v1, v2, v3 *int) { // ERROR "^leaking param: k1$" "^leaking param: k2$" "^leaking param: k3$" "^leaking param: v1$" "^leaking param: v2$" "^leaking param: v3$"
	gm[k1], gm[k2], gm[k3] = v3, v2, v1
}

func addrPuts(k1, k2 *int) { // ERROR "^leaking param: k1$" "^leaking param: k2$"
	a, b := 1, 2 // ERROR "^moved to heap: a$" "^moved to heap: b$"
	gm[k1], gm[k2] = &a, &b
}

func swapPuts(m map[*int]*int, k1, k2 *int) { // ERROR "^m does not escape$" "^leaking param: k1$" "^leaking param: k2$"
	m[k1], m[k2] = m[k2], m[k1]
}

func allocPuts(k *int) { // ERROR "^leaking param: k$"
	gm[k], gm[new(int)] = new(int), &[]int{1}[0] // ERROR "^new\(int\) escapes to heap$" "^\[\]int\{\.\.\.\} escapes to heap$"
}

func ifacePuts(a, b int, s string) { // ERROR "^leaking param: s$"
	gn[s], gn["b"] = a, a+b // ERROR "^a escapes to heap$" "^a \+ b escapes to heap$"
}
