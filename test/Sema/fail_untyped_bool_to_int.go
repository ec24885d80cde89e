// errorcheck

// A comparison result assigned to an int.

package p

func f(a, b int) int {
	var r int = a < b // ERROR "cannot use a < b \(untyped bool value\) as int value in variable declaration"
	return r
}
