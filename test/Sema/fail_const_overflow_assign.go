// errorcheck

// Overflow in an assignment.

package p

func f() {
	var b byte
	b = 256 // ERROR "cannot use 256 \(untyped int constant\) as byte value in assignment \(overflows\)"
	_ = b
}
