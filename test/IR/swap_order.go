// RUN: %goscape ssa %s | FileCheck %s
// Multi-value assignment swaps: index operands, then right-hand sides, then
// each target's indexaddr (its bounds check) with its store, left to right.
package p

func swap(a []int, i, j int) (int, int) {
	a[i], a[j] = a[j], a[i]
	x, y := i, j
	x, y = y, x
	return x, y
}

// CHECK-LABEL: func swap(%a []int, %i int, %j int) (int, int) ; 6:6
// CHECK: %t0 = indexaddr &%a[%j] ; 7:16
// CHECK: %t2 = indexaddr &%a[%i] ; 7:22
// CHECK: %t4 = indexaddr &%a[%i] ; 7:3
// CHECK-NEXT: store *%t4 = %t1 ; 7:13
// CHECK-NEXT: %t5 = indexaddr &%a[%j] ; 7:9
// CHECK-NEXT: store *%t5 = %t3 ; 7:13
// CHECK: return %j, %i ; 10:2
// CHECK-LABEL: func init()
// CHECK: return ; synthetic
