// errorcheck -0 -m -l

// Explicit conversions to an interface passed as call arguments, stored,
// returned and nested: -m -m explains each one once, from the
// conversion's own expression (an arg's implicit conversion adds no
// second note), and a conversion to the identical interface type adds
// none (the gc-multiset test compares the explanations).

package p

type L interface{ Label() string }
type A struct{ p *int }

func (a A) Label() string { return "" } // ERROR "^a does not escape$"

var sink interface{}
var sinkL L

func use(ls ...L) { sinkL = ls[0] } // ERROR "^leaking param content: ls$"
func use1(l L)    { sinkL = l }     // ERROR "^leaking param: l$"

func a() { x := 1; sink = L(A{&x}) }      // ERROR "^moved to heap: x$"
func b() { x := 1; use(L(A{&x})) }        // ERROR "^moved to heap: x$" "^\.\.\. argument does not escape$"
func c() { x := 1; use1(L(A{&x})) }       // ERROR "^moved to heap: x$"
func d() { x := 1; use(A{&x}) }           // ERROR "^moved to heap: x$" "^\.\.\. argument does not escape$"
func e() { x := 1; sinkL = L(A{&x}) }     // ERROR "^moved to heap: x$"
func f() { x := 1; use(L(A{&x}), A{&x}) } // ERROR "^moved to heap: x$" "^\.\.\. argument does not escape$"

func g()   { x := 1; var l L; l = L(A{&x}); sinkL = l }                 // ERROR "^moved to heap: x$"
func h() L { x := 1; return L(A{&x}) }                                  // ERROR "^moved to heap: x$"
func i()   { x := 1; m := map[L]L{}; m[L(A{&x})] = L(A{&x}); sink = m } // ERROR "^moved to heap: x$" "^map\[L\]L\{\} escapes to heap$"
func j()   { x := 1; panic(L(A{&x})) }                                  // ERROR "^moved to heap: x$"
func k()   { x := 1; use(L(L(A{&x}))) }                                 // ERROR "^moved to heap: x$" "^\.\.\. argument does not escape$"
func l()   { x := 1; sink = []L{L(A{&x})} }                             // ERROR "^moved to heap: x$" "^\[\]L\{\.\.\.\} escapes to heap$"
func m()   { x := 1; use1(interface{ Label() string }(A{&x})) }         // ERROR "^moved to heap: x$"
func n()   { x := 1; sink = interface{}(L(A{&x})) }                     // ERROR "^moved to heap: x$"
func o()   { x := 1; use(L(sink.(A)), L(A{&x})) }                       // ERROR "^moved to heap: x$" "^\.\.\. argument does not escape$"

type L2 interface{ Label() string }

func p() { x := 1; use(L(L2(A{&x}))) }            // ERROR "^moved to heap: x$" "^\.\.\. argument does not escape$"
func q() { x := 1; var l L = A{&x}; sink = L(l) } // ERROR "^moved to heap: x$"
func r() { x := 1; var l L = A{&x}; use(L2(l)) }  // ERROR "^moved to heap: x$" "^\.\.\. argument does not escape$"
func s() { x := 1; sinkL = L(L(A{&x})) }          // ERROR "^moved to heap: x$"

// A boxed value (not pointer-shaped): the flow into the box's storage
// ends with the conversion's note, once.
type B struct {
	p *int
	s string
}

func (b B) Label() string { return b.s } // ERROR "^leaking param: b to result ~r0 level=0$"

func boxAssign()   { x := 1; sink = L(B{&x, ""}) }               // ERROR "^moved to heap: x$" "^L\(B\{\.\.\.\}\) escapes to heap$"
func boxVariadic() { x := 1; use(L(B{&x, ""})) }                 // ERROR "^moved to heap: x$" "^\.\.\. argument does not escape$" "^L\(B\{\.\.\.\}\) escapes to heap$"
func boxArg()      { x := 1; use1(L(B{&x, ""})) }                // ERROR "^moved to heap: x$" "^L\(B\{\.\.\.\}\) escapes to heap$"
func boxImplicit() { x := 1; use(B{&x, ""}) }                    // ERROR "^moved to heap: x$" "^\.\.\. argument does not escape$" "^B\{\.\.\.\} escapes to heap$"
func boxReturn() L { x := 1; return L(B{&x, ""}) }               // ERROR "^moved to heap: x$" "^L\(B\{\.\.\.\}\) escapes to heap$"
func boxVar()      { x := 1; var l L = L(B{&x, ""}); sinkL = l } // ERROR "^moved to heap: x$" "^L\(B\{\.\.\.\}\) escapes to heap$"
