// errorcheck

// Offsetof through a pointer to a struct names the struct type.

package p

import "unsafe"

type B struct{ X int }

type T struct{ *B }

var p *T

const _ = unsafe.Offsetof(p.X) // ERROR "invalid argument: field X is embedded via a pointer in T$"
