// RUN: %goscape ssa %s | FileCheck %s
// Variadic calls: the implicit slice is an Alloc of kind varargs sliced
// to the parameter type; `s...` passes the slice; no extra arguments
// pass nil.
package p

func sum(xs ...int) int { return len(xs) }

func calls(s []int) int {
	return sum(1, 2) + sum(s...) + sum()
}

// CHECK-LABEL: func calls(%s []int) int ; 9:6
// CHECK: %t0 = alloc.varargs [2]int ; 10:12 undecided
// CHECK: %t3 = slice %t0[:] ; 10:12 synthetic
// CHECK: %t4 = call @sum(%t3) ; 10:12
// CHECK: %t5 = call @sum(%s) ; 10:24
// CHECK: %t6 = call @sum(nil:[]int) ; 10:36
// CHECK: %t7 = %t4 + %t5 ; 10:19
// CHECK: %t8 = %t7 + %t6 ; 10:31
