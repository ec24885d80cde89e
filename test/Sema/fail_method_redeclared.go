// errorcheck

// Two methods of one name.

package p

type T int
func (T) M() {}
func (*T) M() {} // ERROR "T\.M redeclared in this block"
