// errorcheck

// Range value assigned to the wrong type.

package p

func f(s []string) {
	var x int
	for _, x = range s { // ERROR "cannot use x \(value of type string\) as type int in assignment"
	}
	_ = x
}
