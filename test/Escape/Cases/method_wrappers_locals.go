// errorcheck -0 -m -l

// gc writes the type descriptors of the types of every compiled
// function's parameters, results and variables (its debug information
// names them; of the variables, gc keeps those of interface type), so
// the wrappers of a type declared in a function, of an interface type
// without a name and of a struct type without a name embedding a type
// with methods exist even when no conversion or assertion needs them.

package p

type T struct{ p *int }

func (t T) Get() *int     { return t.p } // ERROR "^leaking param: t to result ~r0 level=0$"
func (t *T) Keep(p *int)  { t.p = p } // ERROR "^t does not escape$" "^leaking param: p$"
func (t T) Twice() (a, b *int) { return t.p, t.p } // ERROR "^leaking param: t to result a level=0$" "^leaking param: t to result b level=0$"

type Shape interface{ Name() string }

func localIface(s Shape) string { // ERROR "^leaking param: s$"
	type Named interface{ Name() string }
	var n Named = s
	return n.Name()
}

func anonIfaceParam(g interface{ Get() *int }) *int { // ERROR "^leaking param: g$"
	return g.Get()
}

func anonIfaceResult() interface{ Keep(*int) } {
	return nil
}

func anonStructParam(v struct{ T }, p *int) *int { // ERROR "^leaking param: v to result ~r0 level=0$" "^leaking param: p to result ~r0 level=0$"
	v.p = p
	return v.Get()
}

func localStructResult() (w struct{ *T }) {
	return
}

func localSliceOfIface(xs []interface{ Twice() (a, b *int) }) int { // ERROR "^leaking param content: xs$"
	n := 0
	for _, x := range xs {
		if a, _ := x.Twice(); a != nil {
			n++
		}
	}
	return n
}

func closureLocal() func() int {
	return func() int { // ERROR "^func literal escapes to heap$"
		type Counter interface{ Count() int }
		var c Counter
		if c == nil {
			return 0
		}
		return c.Count()
	}
}
