// errorcheck

// A constant index beyond an array.

package p

func f() int {
	var a [3]int
	return a[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
}
