// errorcheck -0 -m -l

// A value that leaks through a call's result and on through an operation
// on that result (append, slicing): -m -m notes the operation too.

package p

func norm(s []int, t string) []int { return s } // ERROR "^leaking param: s to result ~r0 level=0$" "^t does not escape$"

func appendToResult(text string, acc int) []int { // ERROR "^text does not escape$"
	return append(norm([]int{21, 41, 22}, text), acc) // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
}

func resultAssigned(text string) []int { // ERROR "^text does not escape$"
	r := norm([]int{1}, text) // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
	return r
}

func sliceOfResult(text string) []int { // ERROR "^text does not escape$"
	return norm([]int{1}, text)[1:] // ERROR "^\[\]int\{\.\.\.\} escapes to heap$"
}
