// errorcheck

// unsafe.Pointer conversions and uintptr arithmetic.

package p

import "unsafe"

type T struct{ a, b int64 }

func f(t *T) *int64 {
	p := unsafe.Pointer(t)
	q := unsafe.Pointer(uintptr(p) + unsafe.Offsetof(t.b))
	_ = unsafe.Sizeof(*t)
	return (*int64)(q)
}
