// errorcheck

// A type lacking an interface method.

package p

type I interface{ M() }
type T struct{}
func f() { var i I = T{}; _ = i } // ERROR "cannot use T\{\} \(value of type T\) as type I in variable declaration:"
