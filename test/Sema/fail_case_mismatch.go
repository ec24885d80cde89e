// errorcheck

// A case of the wrong type.

package p

func f(x int) {
	switch x {
	case "a": // ERROR `cannot convert "a" \(untyped string constant\) to int`
	}
}
