// errorcheck -0 -m -l

// Method wrappers (see method_wrappers.go) of defined types of other
// kinds (funcs, maps and arrays as receivers), of a struct embedding a
// pointer to itself, and of a method promoted through a value and then a
// pointer field, converted to an interface without a name.

package p

var sink interface{}

type N struct {
	*N
	v *int
}

func (n N) Get() *int { return n.v } // ERROR "^leaking param: n to result ~r0 level=0$"

type F func(*int) *int

func (f F) Call(p *int) *int { return f(p) } // ERROR "^f does not escape$" "^leaking param: p$"

type M map[string]*int

func (m M) Get(k string) *int { return m[k] } // ERROR "^m does not escape$" "^k does not escape$"

type A [2]*int

func (a A) First() *int { return a[0] } // ERROR "^leaking param: a to result ~r0 level=0$"

type I interface {
	Get() *int
}

type Deep struct {
	Mid
}
type Mid struct {
	*Leaf
}
type Leaf struct{ p *int }

func (l *Leaf) P() *int { return l.p } // ERROR "^leaking param: l to result ~r0 level=1$"
func (l Leaf) V() *int  { return l.p } // ERROR "^leaking param: l to result ~r0 level=0$"

func use() {
	var i I = N{} // ERROR "^N\{\} escapes to heap$"
	sink = i
	var j interface{ P() *int } = &Deep{} // ERROR "^&Deep\{\} escapes to heap$"
	sink = j
}
