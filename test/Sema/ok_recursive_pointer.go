// errorcheck

// Recursion through pointers, slices and maps is fine.

package p

type T struct {
	next *T
	kids []T
	m    map[string]T
	f    func(T) T
}
type L *L
var _ T
var _ L
