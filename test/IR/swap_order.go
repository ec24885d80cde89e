// RUN: %goscape ssa %s | FileCheck %s
// Multi-value assignment swaps: right-hand sides are evaluated before any
// store; index operands of the left-hand side first.
package p

func swap(a []int, i, j int) (int, int) {
	a[i], a[j] = a[j], a[i]
	x, y := i, j
	x, y = y, x
	return x, y
}

// CHECK-LABEL: func swap(%a []int, %i int, %j int) (int, int) ; 6:6
// CHECK: %t0 = indexaddr &%a[%i] ; 7:3
// CHECK: %t1 = indexaddr &%a[%j] ; 7:9
// CHECK: %t2 = indexaddr &%a[%j] ; 7:16
// CHECK: %t4 = indexaddr &%a[%i] ; 7:22
// CHECK: store *%t0 = %t3 ; 7:13
// CHECK: store *%t1 = %t5 ; 7:13
// CHECK: return %j, %i ; 10:2
// CHECK-LABEL: func init()
// CHECK: return ; synthetic
