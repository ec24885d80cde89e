// RUN: %goscape ssa %s | FileCheck %s
// Locals that are never addressed stay SSA values: no Alloc, phis where
// control merges.
package p

func abs(x int) int {
	y := x
	if x < 0 {
		y = -x
	}
	return y
}

// CHECK-LABEL: func abs(%x int) int ; 6:6
// CHECK: %t2 = phi int [0: %x, 1: %t1] ; 7:2 synthetic
// CHECK: return %t2 ; 11:2
// CHECK-LABEL: func init()
// CHECK: return ; synthetic
