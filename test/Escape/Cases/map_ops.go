// errorcheck -0 -m -l

// Map operations: put, get, delete, comma-ok, range; what leaks through
// keys and values.

package p

var gm = map[*int]*int{} // ERROR "^map\[\*int\]\*int\{\} escapes to heap$"
var gsm = map[string]string{} // ERROR "^map\[string\]string\{\} escapes to heap$"
var gsl = map[string][]byte{} // ERROR "^map\[string\]\[\]byte\{\} escapes to heap$"

func mapPutPtrKey(k *int) { // ERROR "^leaking param: k$"
	gm[k] = nil
}

func mapPutPtrValue(v *int) { // ERROR "^leaking param: v$"
	gm[nil] = v
}

func mapPutLocalMap(k, v *int) int { // ERROR "^leaking param: k$" "^leaking param: v$"
	m := make(map[*int]*int) // ERROR "^make\(map\[\*int\]\*int\) does not escape$"
	m[k] = v
	return len(m)
}

func mapPutAddrLocal() {
	x := 1 // ERROR "^moved to heap: x$"
	gm[&x] = &x
}

func mapPutString(k, v string) { // ERROR "^leaking param: k$" "^leaking param: v$"
	gsm[k] = v
}

func mapPutBytes(k string, b []byte) { // ERROR "^leaking param: k$" "^leaking param: b$"
	gsl[k] = b
}

func mapGet(m map[*int]*int, k *int) *int { // ERROR "^m does not escape$" "^k does not escape$"
	return m[k]
}

func mapGetCommaOk(m map[string]*int, k string) (*int, bool) { // ERROR "^m does not escape$" "^k does not escape$"
	v, ok := m[k]
	return v, ok
}

func mapDelete(m map[*int]int, k *int) { // ERROR "^m does not escape$" "^k does not escape$"
	delete(m, k)
}

func mapRangeKeys(m map[*int]int) *int { // ERROR "^m does not escape$"
	for k := range m {
		return k
	}
	return nil
}

func mapRangeValues(m map[int]*int) { // ERROR "^leaking param content: m$"
	for _, v := range m {
		gm[v] = v
	}
}

func mapParamPut(m map[string]*int, v *int) { // ERROR "^m does not escape$" "^leaking param: v$"
	m["k"] = v
}

func mapLen(m map[string]int) int { // ERROR "^m does not escape$"
	return len(m)
}

func mapStructValue(m map[string]struct{ p *int }, p *int) { // ERROR "^m does not escape$" "^leaking param: p$"
	m["x"] = struct{ p *int }{p}
}

func mapPutInterface(m map[string]interface{}, v int) { // ERROR "^m does not escape$"
	m["v"] = v // ERROR "^v escapes to heap$"
}
