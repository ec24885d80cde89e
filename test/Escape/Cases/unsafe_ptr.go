// errorcheck -0 -m -l

// unsafe.Pointer conversions and uintptr (analysed, not compiled yet).

package p

import "unsafe"

var gp unsafe.Pointer
var gi *int

func toUnsafe(p *int) unsafe.Pointer { // ERROR "^leaking param: p to result ~r0 level=0$"
	return unsafe.Pointer(p)
}

func toUnsafeGlobal(p *int) { // ERROR "^leaking param: p$"
	gp = unsafe.Pointer(p)
}

func fromUnsafe(u unsafe.Pointer) *int { // ERROR "^leaking param: u to result ~r0 level=0$"
	return (*int)(u)
}

func fromUnsafeGlobal(u unsafe.Pointer) { // ERROR "^leaking param: u$"
	gi = (*int)(u)
}

func roundTrip(p *int) *float64 { // ERROR "^leaking param: p to result ~r0 level=0$"
	return (*float64)(unsafe.Pointer(p))
}

func localAddrUnsafe() uintptr {
	x := 1
	return uintptr(unsafe.Pointer(&x))
}

func sizeofLocal() uintptr {
	var a [4]int
	return unsafe.Sizeof(a)
}

func pointerArith(p *[2]int) *int { // ERROR "^leaking param: p to result ~r0 level=0$"
	return (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 8))
}

func unsafeLocal() int {
	x := 3
	u := unsafe.Pointer(&x)
	return *(*int)(u)
}

func unsafeSliceHeader(s []byte) unsafe.Pointer { // ERROR "^leaking param: s to result ~r0 level=0$"
	return unsafe.Pointer(&s[0])
}
