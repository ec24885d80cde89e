// errorcheck

// A struct with a slice field is not comparable.

package p

type S struct{ s []int }
func f(a, b S) bool { return a == b } // ERROR "invalid operation: a == b \(struct containing \[\]int cannot be compared\)"
