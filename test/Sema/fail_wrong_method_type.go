// errorcheck

// A method with the wrong signature.

package p

type I interface{ M() int }
type T struct{}
func (T) M() string { return "" }
func f() { var i I = T{}; _ = i } // ERROR "cannot use T\{\} \(value of type T\) as type I in variable declaration:"
