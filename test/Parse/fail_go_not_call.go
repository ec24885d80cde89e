// errorcheck

// go needs a function call.

package p

func f() {
	go f // ERROR "expression in go must be function call"
}
