// errorcheck -0 -m -l

// gc's front end makes the temporary of a call's receiver or callee when
// it has converted the whole call, after the calls in its arguments: a
// method chain passed as an argument of another chain's call numbers its
// temporaries before that call's own.

package p

type Obj struct {
	keys []string
	vals map[string]interface{}
}

func NewObj() *Obj { return &Obj{vals: map[string]interface{}{}} } // ERROR "^&Obj\{\.\.\.\} escapes to heap$" "^map\[string\]interface \{\}\{\} escapes to heap$"

func (o *Obj) Set(k string, v interface{}) *Obj { // ERROR "^leaking param content: o$" "^leaking param: o to result ~r0 level=0$" "^leaking param: k$" "^leaking param: v$"
	o.keys = append(o.keys, k)
	o.vals[k] = v
	return o
}

func two() (*Obj, int) { return NewObj(), 1 }

func (o *Obj) Pair(p *Obj, n int) *Obj { return o } // ERROR "^leaking param: o to result ~r0 level=0$" "^p does not escape$"

func nestedChain() *Obj {
	return NewObj().
		Set("a", 1). // ERROR "^1 escapes to heap$"
		Set("nested", NewObj().Set("b", 2).Set("c", 3)). // ERROR "^2 escapes to heap$" "^3 escapes to heap$"
		Set("d", 4) // ERROR "^4 escapes to heap$"
}

func chainWithMultiValueArg() *Obj {
	return NewObj().Set("x", 1).Pair(two()) // ERROR "^1 escapes to heap$"
}

func argsThenCallee() *Obj {
	return NewObj().Set(NewObj().Set("k", 0).keys[0], NewObj().Set("v", 1)) // ERROR "^0 escapes to heap$" "^1 escapes to heap$"
}
