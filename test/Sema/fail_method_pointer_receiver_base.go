// errorcheck

// Methods on a pointer type.

package p

type P *int
func (p P) M() {} // ERROR "invalid receiver type P \(pointer or interface type\)"
