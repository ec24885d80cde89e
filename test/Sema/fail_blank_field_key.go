// errorcheck

// The blank identifier names no field in a struct literal.

package p

type T struct{ _ string }

var _ = T{"ok"}
var _ = T{_: "no"} // ERROR "unknown field '_' in struct literal of type T"
