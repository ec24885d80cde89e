// errorcheck -0 -m -l

// A deferred method call's wrapper copies the receiver as the call passes
// it: through the embedded fields of a promoted method, with the implicit
// & or * of the method's receiver, and for a devirtualized interface call
// asserted to the concrete type (x.(T), its width that type's). Such a
// receiver is copied at the selector's dot; a plain variable at the
// call's parenthesis.

package p

type T struct{ a *int }

var sink *T
var vsink T

func (t T) Val()  { vsink = t } // ERROR "^leaking param: t$"
func (t *T) Ptr() { sink = t } // ERROR "^leaking param: t$"

type Big [128]int

func (b Big) Sum() int { return b[0] }

type R interface{ Val() }
type P interface{ Ptr() }
type S interface{ Sum() int }

type Outer struct {
	*T
	s string
}

type OuterV struct {
	T
	s string
}

type EmbI struct {
	R
}

func devirtValue() {
	x := 1 // ERROR "^moved to heap: x$"
	var r R = T{&x}
	defer r.Val() // ERROR "^devirtualizing r\.Val to T$"
}

func devirtPointer() {
	var p P = &T{} // ERROR "^&T\{\} escapes to heap$"
	defer p.Ptr() // ERROR "^devirtualizing p\.Ptr to \*T$"
}

func devirtPromoted() {
	var r R = Outer{&T{}, "o"} // ERROR "^Outer\{\.\.\.\} does not escape$" "^&T\{\} does not escape$"
	defer r.Val() // ERROR "^devirtualizing r\.Val to Outer$"
}

func devirtPromotedAddr() {
	var p P = &OuterV{} // ERROR "^&OuterV\{\} escapes to heap$"
	defer p.Ptr() // ERROR "^devirtualizing p\.Ptr to \*OuterV$"
}

func devirtPartial() {
	var r R = EmbI{T{}} // ERROR "^EmbI\{\.\.\.\} does not escape$"
	defer r.Val() // ERROR "^partially devirtualizing r\.Val to EmbI$"
}

func devirtLarge() {
	var s S = Big{} // ERROR "^Big\{\} does not escape$"
	defer s.Sum() // ERROR "^devirtualizing s\.Sum to Big$"
}

func devirtEmpty() {
	var r R = R(nil)
	defer r.Val()
}

func promoted(o Outer, ov *OuterV, e EmbI) { // ERROR "^leaking param: o$" "^leaking param: ov$" "^leaking param: e$"
	defer o.Val()
	defer o.Ptr()
	defer ov.Val()
	defer ov.Ptr()
	defer e.Val()
}

func implicitAddrDeref() {
	t := T{} // ERROR "^moved to heap: t$"
	defer t.Val()
	defer t.Ptr()
	pt := &t
	defer pt.Val()
	defer (&T{}).Val() // ERROR "^&T\{\} does not escape$"
}

func inLoop(n int) {
	for i := 0; i < n; i++ {
		var p P = &T{} // ERROR "^&T\{\} escapes to heap$"
		defer p.Ptr() // ERROR "^devirtualizing p\.Ptr to \*T$"
	}
}

func notDeferred(o Outer, ov *OuterV, e EmbI) { // ERROR "^leaking param: o$" "^leaking param: ov$" "^leaking param: e$"
	o.Ptr()
	ov.Ptr()
	e.Val()
}
