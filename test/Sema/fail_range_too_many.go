// errorcheck

// Three range variables.

package p

func f(s []int) {
	for a, b, c := range s { // ERROR "a declared but not used" "b declared but not used" "range clause permits at most two iteration variables"
	}
}
