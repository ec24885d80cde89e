// errorcheck

// A named pointer type has the fields of its base type but no methods.

package p

type T struct{ F int }

func (T) M() {}

type P *T

func f(p P) {
	_ = p.F
	p.F = 1
	p.M() // ERROR "p.M undefined \(type P has no field or method M\)"
}
