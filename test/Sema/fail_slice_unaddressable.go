// errorcheck

// Slicing an unaddressable array.

package p

func g() [3]int { return [3]int{} }
func f() []int { return g()[:] } // ERROR "invalid operation: g\(\) \(value of type \[3\]int\) \(slice of unaddressable value\)"
