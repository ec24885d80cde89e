// errorcheck

// A duplicate string case.

package p

func f(s string) {
	switch s {
	case "a", "b":
	case "a": // ERROR `duplicate case "a" \(constant of type string\) in expression switch`
	}
}
