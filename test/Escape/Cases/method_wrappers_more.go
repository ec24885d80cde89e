// errorcheck -0 -m -l

// More wrappers (see method_wrappers.go): through an embedded type of the
// modelled library (its methods' tags), interfaces embedding interfaces,
// a struct type without a name embedding a type with methods, a slice
// type with a method, type switches and assertions (their itabs), and a
// type declared in a function that is converted to an interface.

package p

import "strings"

var sink interface{}

type T struct{ p *int }

func (t T) Get() *int { return t.p } // ERROR "^leaking param: t to result ~r0 level=0$"
func (t T) Put(*int)  {} // ERROR "^t does not escape$"

type I interface{ Get() *int }
type J interface {
	I
	Set(p *int) I
}

type B struct{ strings.Builder }

type Anon struct {
	x struct{ T }
}

type L []T

func (l L) First() *int { return l[0].p } // ERROR "^leaking param: l to result ~r0 level=1$"

func sw(i I) int { // ERROR "^i does not escape$"
	switch i.(type) {
	case T:
		return 1
	}
	if _, ok := i.(*T); ok {
		return 2
	}
	return 0
}

func local() interface{} {
	type Loc struct{ T }
	return Loc{}
}
