// errorcheck -0 -m -l

// panic and recover: panic's argument escapes; recover's result is an
// interface value coming from the heap.

package p

type perr struct{ msg string }

var gx interface{}

func panicInt(n int) {
	panic(n) // ERROR "^n escapes to heap$"
}

func panicString(s string) { // ERROR "^leaking param: s$"
	panic(s) // ERROR "^s escapes to heap$"
}

func panicConst() {
	panic("boom") // ERROR `^"boom" escapes to heap$`
}

func panicPtr(p *int) { // ERROR "^leaking param: p$"
	panic(p)
}

func panicStruct(m string) { // ERROR "^leaking param: m$"
	panic(perr{m}) // ERROR "^perr\{\.\.\.\} escapes to heap$"
}

func panicAddrLit(m string) { // ERROR "^leaking param: m$"
	panic(&perr{msg: m}) // ERROR "^&perr\{\.\.\.\} escapes to heap$"
}

func panicError(e error) { // ERROR "^leaking param: e$"
	panic(e)
}

func panicLocalAddr() {
	x := 1 // ERROR "^moved to heap: x$"
	panic(&x)
}

func recoverValue() (v interface{}) {
	defer func() { // ERROR "^func literal does not escape$"
		v = recover()
	}()
	panic(1) // ERROR "^1 escapes to heap$"
}

func recoverToGlobal() {
	defer func() { // ERROR "^func literal does not escape$"
		gx = recover()
	}()
}

func panicConditional(p *int) int { // ERROR "^p does not escape$"
	if p == nil {
		panic("nil") // ERROR `^"nil" escapes to heap$`
	}
	return *p
}

func panicSliceLit() {
	panic([]int{1}) // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
}

func panicSum(a, b string) { // ERROR "^a does not escape$" "^b does not escape$"
	panic(a + b) // ERROR "^a \+ b escapes to heap$"
}

func panicIndex(s []string, i int) { // ERROR "^leaking param content: s$"
	panic(s[i]) // ERROR "^s\[i\] escapes to heap$"
}

func panicField(p *perr) { // ERROR "^leaking param content: p$"
	panic(p.msg) // ERROR "^p\.msg escapes to heap$"
}

func panicLitVar(m string) { // ERROR "^leaking param: m$"
	panic(perr{msg: m}) // ERROR "^perr\{\.\.\.\} escapes to heap$"
}

func panicConv(n int) {
	panic(int64(n)) // ERROR "^int64\(n\) escapes to heap$"
}

func panicCall(f func() string) { // ERROR "^f does not escape$"
	panic(f()) // ERROR "^f\(\) escapes to heap$"
}
