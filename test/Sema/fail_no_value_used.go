// errorcheck

// A call without results used as a value.

package p

func g() {}
func f() { x := g(); _ = x } // ERROR "g\(\) \(no value\) used as value"
