// errorcheck

// An array type with an invalid length is an invalid type: the length is
// reported once and the uses of the type report nothing more.

package p

var s [][1e100]byte // ERROR "array length 1e100 \(untyped float constant 1e\+100\) must be integer"

type T [1.5]int // ERROR "array length 1.5 \(untyped float constant\) must be integer"

func f(a [-1]int) {} // ERROR "invalid array length -1 \(untyped int constant\)"

func g() int {
	s = append(s, [49]byte{})
	s = make([][49]byte, 3)
	var t T
	f([2]int{})
	return len(t) + cap(s)
}
