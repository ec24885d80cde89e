// RUN: %goscape ssa %s | FileCheck %s
// Range over a slice and an array: index loops with a hidden index.
package p

func total(s []int, a [4]int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	for i := range a {
		t += a[i]
	}
	return t
}

// CHECK-LABEL: func total(%s []int, %a [4]int) int ; 5:6
// CHECK: %t0 = builtin len(%s) ; 7:14 synthetic
// CHECK: 1: rangeindex.loop ; preds 0, 2
// CHECK: %t1 = phi int [0: -1:int, 2: %t3] ; synthetic
// CHECK: %t2 = phi int [0: 0:int, 2: %t7] ; 6:2 synthetic
// CHECK: 2: rangeindex.body ; preds 1
// CHECK: %t5 = indexaddr &%s[%t3] ; 7:14 synthetic
// CHECK: 3: rangeindex.done ; preds 1
// CHECK: 4: rangeindex.loop ; preds 3, 5
// CHECK: %t8 = phi int [3: -1:int, 5: %t10] ; synthetic
// CHECK: %t9 = phi int [3: %t2, 5: %t13] ; 6:2 synthetic
// CHECK: 5: rangeindex.body ; preds 4
// CHECK: %t12 = index %a[%t10] ; 11:9
// CHECK: 6: rangeindex.done ; preds 4
