// errorcheck -0 -m -l

// Arrays: elements holding pointers, address of elements, arrays by
// value, array literals, range over arrays.

package p

var gi *int
var ga [4]*int
var gsl []int

func arrayOfPtrsLocal(x *int) int { // ERROR "^x does not escape$"
	var a [2]*int
	a[0] = x
	return *a[0]
}

func arrayOfPtrsGlobal(x *int) { // ERROR "^leaking param: x$"
	var a [2]*int
	a[1] = x
	ga[0] = a[1]
}

func arrayElemAddr() {
	var a [4]int // ERROR "^moved to heap: a$"
	gi = &a[2]
}

func arrayElemAddrLocal() int {
	var a [4]int
	p := &a[2]
	return *p
}

func arrayParamByValue(a [4]*int) *int { // ERROR "^leaking param: a to result ~r0 level=0$"
	return a[3]
}

func arrayParamPtr(a *[4]*int) *int { // ERROR "^leaking param: a to result ~r0 level=1$"
	return a[0]
}

func arrayParamPtrLeak(a *[4]*int) { // ERROR "^leaking param content: a$"
	ga = *a
}

func arrayLiteralOfAddrs() [2]*int {
	x, y := 1, 2 // ERROR "^moved to heap: x$" "^moved to heap: y$"
	return [2]*int{&x, &y}
}

func arraySliced() {
	var a [3]int // ERROR "^moved to heap: a$"
	gsl = a[:]
}

func arraySlicedLocal() int {
	var a [3]int
	s := a[1:]
	return len(s)
}

func arrayRangeValues(a [3]*int) { // ERROR "^leaking param: a$"
	for _, p := range a {
		gi = p
	}
}

func arrayRangePtr(a *[3]*int) *int { // ERROR "^leaking param: a to result ~r0 level=1$"
	for _, p := range a {
		return p
	}
	return nil
}

func arrayIndexVar(a *[8]int, i int) *int { // ERROR "^leaking param: a to result ~r0 level=0$"
	return &a[i]
}

func arrayCopyAssign(x *int) [1]*int { // ERROR "^leaking param: x to result ~r0 level=0$"
	var a, b [1]*int
	a[0] = x
	b = a
	return b
}

func arrayOfArrays() {
	var m [2][2]int // ERROR "^moved to heap: m$"
	gi = &m[1][0]
}

func arrayOfStructs(x *int) { // ERROR "^leaking param: x$"
	type e struct{ p *int }
	var a [2]e
	a[0].p = x
	gi = a[0].p
}
