// errorcheck

// A type switch guard binds one name.

package p

func f(x interface{}) {
	switch a, b := x.(type) { // ERROR "syntax error: cannot use a, b := x\.\(type\) as value"
	}
}
