// errorcheck

// Assignment of the wrong type.

package p

func f() {
	var x int
	x = "s" // ERROR `cannot use "s" \(untyped string constant\) as int value in assignment`
	_ = x
}
