// errorcheck

// Calling a non-function leaves the arguments unchecked, as types2 does:
// an import or variable used only there is reported as unused, and errors
// inside the arguments are not reported.

package p

import "strings" // ERROR `imported and not used: "strings"`

func f() {
	x := 1 // ERROR `x declared but not used`
	n := 3
	_ = n(strings.Split("a", "b"), x, undefinedName) // ERROR `invalid operation: cannot call non-function n \(variable of type int\)`
}
