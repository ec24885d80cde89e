// RUN: %goscape ssa %s | FileCheck %s
// A bare return with deferred calls runs the defers first and then reads
// the named results, which the deferred calls may have changed.
package p

func double() (x int) {
	defer func() { x *= 2 }()
	x = 5
	return
}

// CHECK-LABEL: func double() int ; 6:6
// CHECK: %t0 = alloc.var int (x) ; 6:16 undecided
// CHECK: store *%t0 = 5:int ; 8:4
// CHECK-NEXT: rundefers ; 9:2
// CHECK-NEXT: %t2 = *%t0 ; synthetic
// CHECK-NEXT: return %t2 ; 9:2
