// errorcheck -0 -m -l

// new(T) and &T{}: returned, stored in globals, params and fields,
// compared, dereferenced locally.

package p

type T struct {
	a, b int
	p    *int
}

var gt *T
var gi *int
var gts []*T

func newLocal() int {
	p := new(int) // ERROR "^new\(int\) does not escape$"
	*p = 3
	return *p
}

func newReturned() *int {
	return new(int) // ERROR "^new\(int\) escapes to heap$"
}

func newToGlobal() {
	gi = new(int) // ERROR "^new\(int\) escapes to heap$"
}

func addrLitLocal() int {
	t := &T{a: 1} // ERROR "^&T\{\.\.\.\} does not escape$"
	return t.a
}

func addrLitReturned() *T {
	return &T{a: 1, b: 2} // ERROR "^&T\{\.\.\.\} escapes to heap$"
}

func addrLitToGlobal() {
	gt = &T{} // ERROR "^&T\{\} escapes to heap$"
}

func addrLitToParam(pp **T) { // ERROR "^pp does not escape$"
	*pp = &T{} // ERROR "^&T\{\} escapes to heap$"
}

func addrLitToParamField(t *T) { // ERROR "^t does not escape$"
	t.p = new(int) // ERROR "^new\(int\) escapes to heap$"
}

func addrLitCompared() bool {
	return &T{} == &T{} // ERROR "^&T\{\} does not escape$"
}

func newCompared(q *int) bool { // ERROR "^q does not escape$"
	return new(int) == q // ERROR "^new\(int\) does not escape$"
}

func addrLitValueCopy() T {
	t := &T{a: 5} // ERROR "^&T\{\.\.\.\} does not escape$"
	return *t
}

func addrLitFieldPtr(x *int) *T { // ERROR "^leaking param: x$"
	return &T{p: x} // ERROR "^&T\{\.\.\.\} escapes to heap$"
}

func addrLitFieldPtrLocal(x *int) int { // ERROR "^x does not escape$"
	t := &T{p: x} // ERROR "^&T\{\.\.\.\} does not escape$"
	return *t.p
}

func addrLitAppended() {
	gts = append(gts, &T{}) // ERROR "^&T\{\} escapes to heap$"
}

func addrLitChain() int {
	t := &T{} // ERROR "^&T\{\} does not escape$"
	u := t
	v := u
	return v.a
}

func addrLitChainGlobal() {
	t := &T{} // ERROR "^&T\{\} escapes to heap$"
	u := t
	gt = u
}

func newStruct() *T {
	t := new(T) // ERROR "^new\(T\) escapes to heap$"
	t.a = 1
	return t
}

func valueLitNoAlloc() int {
	t := T{a: 1}
	return t.a
}

func valueLitAddrTaken() *T {
	t := T{a: 1} // ERROR "^moved to heap: t$"
	return &t
}

func addrOfArrayLit() *[3]int {
	return &[3]int{1, 2, 3} // ERROR "^&\[3\]int\{\.\.\.\} escapes to heap$"
}

func addrOfArrayLitLocal() int {
	a := &[3]int{1, 2, 3} // ERROR "^&\[3\]int\{\.\.\.\} does not escape$"
	return a[2]
}

func newPtrToPtr() **int {
	p := new(*int) // ERROR "^new\(\*int\) escapes to heap$"
	*p = new(int) // ERROR "^new\(int\) escapes to heap$"
	return p
}
