// RUN: %goscape ssa %s | FileCheck %s
// unsafe: Pointer conversions are converts, Sizeof folds to a constant.
package p

import "unsafe"

func addr(x *int) (uintptr, uintptr) {
	p := unsafe.Pointer(x)
	return uintptr(p), unsafe.Sizeof(*x)
}

// CHECK-LABEL: func addr(%x *int) (uintptr, uintptr) ; 7:6
// CHECK: %t0 = convert unsafe.Pointer <- *int %x ; 8:21
// CHECK: %t1 = convert uintptr <- unsafe.Pointer %t0 ; 9:16
// CHECK: return %t1, 8:uintptr ; 9:2
// CHECK-LABEL: func init()
// CHECK: return ; synthetic
