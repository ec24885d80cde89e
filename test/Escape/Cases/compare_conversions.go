// errorcheck -0 -m -l

// Comparisons of operands of different types: gc converts one operand to
// the other's type (an interface to another interface type, a named type
// to an unnamed one or back) and prints that conversion in expressions.

package p

import "fmt"

type I1 interface{ M() }
type I2 interface {
	M()
	N()
}

func f(e error, i interface{}, a I1, b I2, x int) { // ERROR "^e does not escape$" "^i does not escape$" "^a does not escape$" "^b does not escape$"
	fmt.Println(e == i)   // ERROR "^\.\.\. argument does not escape$" "^\(interface \{\}\)\(e\) == i escapes to heap$"
	fmt.Println(i == e)   // ERROR "^\.\.\. argument does not escape$" "^i == \(interface \{\}\)\(e\) escapes to heap$"
	fmt.Println(a == b)   // ERROR "^\.\.\. argument does not escape$" "^a == I1\(b\) escapes to heap$"
	fmt.Println(b != a)   // ERROR "^\.\.\. argument does not escape$" "^I1\(b\) != a escapes to heap$"
	fmt.Println(x == i)   // ERROR "^\.\.\. argument does not escape$" "^x == i escapes to heap$"
	fmt.Println(i == x)   // ERROR "^\.\.\. argument does not escape$" "^i == x escapes to heap$"
	fmt.Println(e == nil) // ERROR "^\.\.\. argument does not escape$" "^e == nil escapes to heap$"
}

type P *int

func g(p P, q *int, e error) { // ERROR "^p does not escape$" "^q does not escape$" "^e does not escape$"
	fmt.Println(p == q, q != p) // ERROR "^\.\.\. argument does not escape$" "^\(\*int\)\(p\) == q escapes to heap$" "^P\(q\) != p escapes to heap$"
	fmt.Println(e == e)         // ERROR "^\.\.\. argument does not escape$" "^e == e escapes to heap$"
}
