// errorcheck -0 -m -l

// Func literals: escaping or not, called directly, stored, passed.

package p

var gf func()
var gfi func(int) int

type holder struct{ f func() }

func callDirect() {
	func() {}() // ERROR "^func literal does not escape$"
}

func callViaVar() int {
	f := func(a int) int { return a + 1 } // ERROR "^func literal does not escape$"
	return f(1)
}

func storeGlobal() {
	gf = func() {} // ERROR "^func literal escapes to heap$"
}

func storeGlobalWithParam() {
	gfi = func(a int) int { return a * 2 } // ERROR "^func literal escapes to heap$"
}

func returnLiteral() func() {
	return func() {} // ERROR "^func literal escapes to heap$"
}

func passToParamNoEscape(g func()) { // ERROR "^g does not escape$"
	g()
}

func passToParamLeak(g func()) { // ERROR "^leaking param: g$"
	gf = g
}

func passLiteralNoEscape() {
	passToParamNoEscape(func() {}) // ERROR "^func literal does not escape$"
}

func passLiteralEscape() {
	passToParamLeak(func() {}) // ERROR "^func literal escapes to heap$"
}

func storeInStruct() holder {
	return holder{f: func() {}} // ERROR "^func literal escapes to heap$"
}

func storeInStructLocal() {
	h := holder{f: func() {}} // ERROR "^func literal does not escape$"
	h.f()
}

func storeInSlice() []func() {
	return []func(){func() {}, func() {}} // ERROR "^\[\]func\(\)\{\.\.\.\} escapes to heap$" "^func literal escapes to heap$"
}

func storeInMap() map[string]func() {
	return map[string]func(){"a": func() {}} // ERROR "^map\[string\]func\(\)\{\.\.\.\} escapes to heap$" "^func literal escapes to heap$"
}

func funcToInterface() interface{} {
	return func() {} // ERROR "^func literal escapes to heap$"
}

func literalReturnsPointer() *int {
	return func() *int { // ERROR "^func literal does not escape$"
		x := 4 // ERROR "^moved to heap: x$"
		return &x
	}()
}

func literalParamLeaks() {
	f := func(p *int) *int { return p } // ERROR "^leaking param: p to result ~r0 level=0$" "^func literal does not escape$"
	y := 1 // ERROR "^moved to heap: y$"
	_ = f(&y)
}

func paramFuncCalled(f func(*int)) { // ERROR "^f does not escape$"
	x := 1 // ERROR "^moved to heap: x$"
	f(&x)
}

func deferLiteral() {
	defer func() {}() // ERROR "^func literal does not escape$"
}
