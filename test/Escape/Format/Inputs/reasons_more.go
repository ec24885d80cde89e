// Input of reasons-{range-array,pair-*,header-*,uintptrescapes}.test:
// one explanation block each.
package main

import (
	"reflect"
	"unsafe"
)

var gp, gq *int
var gs []*int

func rangeArray(a [2]*int) {
	for _, p := range a {
		gp = p
	}
}

func pairLiteral(p, q *int) {
	gp, gs = p, []*int{q}
}

func two(p, q *int) (*int, *int) { return p, q }

func pairCall(p, q *int) {
	gp, gq = two(p, q)
}

func headerData(h *reflect.SliceHeader) {
	gp = (*int)(unsafe.Pointer(h.Data))
}

func headerStore(p *int, h *reflect.SliceHeader) {
	h.Data = uintptr(unsafe.Pointer(p))
}

//go:uintptrescapes
func use(u uintptr) {}

func callUse(p *int) {
	use(uintptr(unsafe.Pointer(p)))
}

func main() {}
