// errorcheck -0 -m -l

// Comparison results passed as interface arguments are converted (and
// reported) like any other value; an operand compared with an interface
// is compared in place.
package p

import "fmt"

type T struct{ a, b int }

func printPointersEqual(p, q *int) { // ERROR "^p does not escape$" "^q does not escape$"
	fmt.Println(p == q) // ERROR "^\.\.\. argument does not escape$" "^p == q escapes to heap$"
}

func printNilSlice(s []int) { // ERROR "^s does not escape$"
	fmt.Println(s == nil, s != nil) // ERROR "^\.\.\. argument does not escape$" "^s == nil escapes to heap$" "^s != nil escapes to heap$"
}

func printErrNil(e error) { // ERROR "^e does not escape$"
	fmt.Println(e == nil) // ERROR "^\.\.\. argument does not escape$" "^e == nil escapes to heap$"
}

func printStructEq(x, y T) {
	fmt.Println(x == y, x.a < y.a) // ERROR "^\.\.\. argument does not escape$" "^x == y escapes to heap$" "^x\.a < y\.a escapes to heap$"
}

func compareIface(e interface{}, x T) bool { // ERROR "^e does not escape$"
	return e == x
}

func compareIfaceInt(e interface{}, n int) bool { // ERROR "^e does not escape$"
	return n != e
}

func sinkCompare(e error) interface{} { // ERROR "^e does not escape$"
	return e == nil // ERROR "^e == nil escapes to heap$"
}
