// errorcheck

// A pointer method on a non-addressable value.

package p

type T struct{}
func (*T) M() {}
func mk() T { return T{} }
func f() { mk().M() } // ERROR "cannot call pointer method M on T"
