// errorcheck -0 -m -l

// Switch cases compared with an interface: gc compares a case value with
// an interface tag, and an interface case of a tagless switch with true,
// without converting anything (nothing is reported about the comparison).

package p

type T struct{ a, b int }

func tagless(x interface{}) int { // ERROR "x does not escape$"
	switch i := interface{}(true); { // ERROR "\(interface {}\)\(true\) does not escape$"
	case i:
		return 1
	case x:
		return 2
	case false:
		return 3
	}
	return 0
}

func tagged(x interface{}, t T) int { // ERROR "x does not escape$"
	switch x {
	case t:
		return 1
	case 5, "s":
		return 2
	}
	return 0
}
