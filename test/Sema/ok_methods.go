// errorcheck

// Methods, promotion, method values and expressions.

package p

type Inner struct{ v int }
func (i Inner) Get() int { return i.v }
func (i *Inner) Set(v int) { i.v = v }
type Outer struct {
	Inner
	name string
}
type PO struct{ *Inner }
func f() int {
	var o Outer
	o.Set(3)
	o.v = 4
	g := o.Get
	h := (*Inner).Set
	k := Inner.Get
	h(&o.Inner, 5)
	p := PO{&Inner{}}
	p.Set(1)
	return g() + k(o.Inner) + p.v
}
