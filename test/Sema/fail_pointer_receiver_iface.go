// errorcheck

// A value whose method has a pointer receiver.

package p

type I interface{ M() }
type T struct{}
func (*T) M() {}
func f() { var i I = T{}; _ = i } // ERROR "cannot use T\{\} \(value of type T\) as type I in variable declaration:"
