// errorcheck

// A struct field starts with a name or an embedded type.

package p

type T struct {
	1 // ERROR "syntax error: unexpected literal 1, expecting field name or embedded type"
}
