// errorcheck

// A type assertion that can never succeed.

package p

type I interface{ M() }
type T struct{}
func f(i I) { _ = i.(T) } // ERROR "impossible type assertion: i\.\(T\)"
