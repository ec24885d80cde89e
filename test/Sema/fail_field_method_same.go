// errorcheck

// A field and a method of one name.

package p

type T struct{ M int }
func (T) M() {} // ERROR "field and method with the same name M"
