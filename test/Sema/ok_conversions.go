// errorcheck

// Numeric, string, []byte, []rune and unsafe conversions.

package p

import "unsafe"
type MyInt int
type Str string
func f(i int, fl float64, s string, b []byte, r []rune, p *int) {
	_ = float64(i) + fl
	_ = int(fl)
	_ = MyInt(i)
	_ = string(rune(i))
	_ = string(b) + string(r)
	_ = []byte(s)
	_ = []rune(s)
	_ = Str(s)
	_ = string('x')
	u := unsafe.Pointer(p)
	_ = uintptr(u)
	_ = (*int)(u)
	_ = unsafe.Sizeof(i)
	_ = unsafe.Alignof(fl)
	var arr [unsafe.Sizeof(i)]byte
	_ = arr
}
