// errorcheck

// A local alias referring to itself is an invalid recursive type.

package p

func f() {
	type T = T // ERROR "invalid recursive type T"
	type A = []A // ERROR "invalid recursive type A"
	type B = int
	var b B
	_ = b
}
