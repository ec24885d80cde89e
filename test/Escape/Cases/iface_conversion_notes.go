// errorcheck -0 -m -l

// The notes of an explicit conversion to an interface (`I(&T{...})`) on
// the paths through a type assertion and through a type switch's guard.

package p

type I interface{ M() }
type T struct{ m map[string]int }

func (t *T) M() {} // ERROR "^t does not escape$"

var sink interface{}

func typeSwitchOnConversion() {
	switch x := I(&T{m: map[string]int{}}).(type) { // ERROR "^&T\{\.\.\.\} does not escape$" "^map\[string\]int\{\} escapes to heap$"
	case *T:
		sink = x.m
	}
}

func assertOnConversion() {
	x := I(&T{m: map[string]int{}}).(*T) // ERROR "^&T\{\.\.\.\} does not escape$" "^map\[string\]int\{\} escapes to heap$"
	sink = x.m
}

func typeSwitchOnEmptyInterface() {
	switch x := interface{}(&T{m: map[string]int{}}).(type) { // ERROR "^&T\{\.\.\.\} does not escape$" "^map\[string\]int\{\} escapes to heap$"
	case *T:
		sink = x.m
	}
}

func mk() *T { return &T{m: map[string]int{}} } // ERROR "^&T\{\.\.\.\} escapes to heap$" "^map\[string\]int\{\} escapes to heap$"

func typeSwitchOnCall() {
	switch x := I(mk()).(type) {
	case *T:
		sink = x
	}
}

func typeSwitchDefault(p *T) { // ERROR "^leaking param: p$"
	switch x := I(p).(type) {
	case nil:
	default:
		sink = x
	}
}

type I1 interface {
	M()
	N()
}

func (t *T) N() {} // ERROR "^t does not escape$"

// A conversion from a non-empty interface (a variable's, or the one an
// assertion yields) is noted too.
func switchOnIfaceConversion(i I1) { // ERROR "^leaking param content: i$"
	switch x := I(i).(type) {
	case *T:
		sink = x.m
	}
}

func assertOnIfaceConversion(i I1) { // ERROR "^leaking param content: i$"
	x := I(i).(*T)
	sink = x.m
}

func assertOnAssertedConversion(i interface{}) { // ERROR "^leaking param content: i$"
	x := interface{ M() }(i.(I)).(*T)
	sink = x.m
}
