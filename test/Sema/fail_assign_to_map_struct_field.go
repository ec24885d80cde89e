// errorcheck

// Assignment to a field of a map element.

package p

type T struct{ x int }
func f(m map[string]T) { m["a"].x = 1 } // ERROR `cannot assign to struct field m\["a"\]\.x in map`
