// RUN: %goscape ssa %s | FileCheck %s
// Labels: labelled break and continue, goto.
package p

func find(m [][]int, x int) (int, int) {
	i := 0
outer:
	for ; i < len(m); i++ {
		for j := range m[i] {
			if m[i][j] == x {
				break outer
			}
			if m[i][j] < 0 {
				continue outer
			}
		}
	}
	if i == 0 {
		goto end
	}
	i--
end:
	return i, 0
}

// CHECK-LABEL: func find(%m [][]int, %x int) (int, int) ; 5:6
// CHECK: 1: label.outer ; preds 0
// CHECK: %t0 = phi int [1: 0:int, 5: %t7] ; 6:2 synthetic
// CHECK: %t8 = phi int [3: -1:int, 12: %t9] ; synthetic
// CHECK: jump 5 ; 8:2 synthetic
// CHECK: jump 4 ; 11:5
// CHECK: jump 5 ; 14:5
// CHECK: jump 15 ; 19:3
// CHECK: jump 15 ; 22:4 synthetic
// CHECK: 15: label.end ; preds 13, 14
// CHECK: %t22 = phi int [13: %t0, 14: %t21] ; 6:2 synthetic
