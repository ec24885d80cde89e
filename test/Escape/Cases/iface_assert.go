// errorcheck -0 -m -l

// Type assertions and type switches: what flows out of an interface.

package p

type T struct{ p *int }

var gi *int
var gt *T

func assertPtr(x interface{}) *int { // ERROR "^leaking param: x to result ~r0 level=0$"
	return x.(*int)
}

func assertPtrLeak(x interface{}) { // ERROR "^leaking param: x$"
	gi = x.(*int)
}

func assertCommaOk(x interface{}) (*T, bool) { // ERROR "^leaking param: x to result ~r0 level=0$"
	t, ok := x.(*T)
	return t, ok
}

func assertValue(x interface{}) int { // ERROR "^x does not escape$"
	return x.(int)
}

func assertStruct(x interface{}) *int { // ERROR "^leaking param: x to result ~r0 level=0$"
	return x.(T).p
}

func assertToIface(x interface{}) error { // ERROR "^leaking param: x to result ~r0 level=0$"
	return x.(error)
}

func switchPtr(x interface{}) *int { // ERROR "^leaking param: x to result ~r0 level=0$"
	switch v := x.(type) {
	case *int:
		return v
	case *T:
		return v.p
	}
	return nil
}

func switchLeak(x interface{}) { // ERROR "^leaking param: x$"
	switch v := x.(type) {
	case *T:
		gt = v
	}
}

func switchNoBinding(x interface{}) int { // ERROR "^x does not escape$"
	switch x.(type) {
	case int:
		return 1
	case string:
		return 2
	}
	return 0
}

func switchValues(x interface{}) int { // ERROR "^x does not escape$"
	switch v := x.(type) {
	case int:
		return v
	case string:
		return len(v)
	}
	return 0
}

func assertLocalBox() int {
	n := 5
	var x interface{} = n // ERROR "^n does not escape$"
	return x.(int)
}

func assertLocalPtrBox() int {
	n := 5
	var x interface{} = &n
	return *x.(*int)
}

func switchDefault(x interface{}) interface{} { // ERROR "^leaking param: x to result ~r0 level=0$"
	switch v := x.(type) {
	case int:
		return v // ERROR "^v escapes to heap$"
	default:
		return v
	}
}

func assertIfaceMethod(x interface{}) string { // ERROR "^leaking param: x$"
	if e, ok := x.(error); ok {
		return e.Error()
	}
	return ""
}
