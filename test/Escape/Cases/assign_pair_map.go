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
