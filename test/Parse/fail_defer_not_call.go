// errorcheck

// defer needs a function call.

package p

func f() {
	defer f // ERROR "expression in defer must be function call"
}
