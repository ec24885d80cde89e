// RUN: %goscape ssa %s | FileCheck %s
// A counting loop: phis at the loop head for the induction variable and
// the accumulator.
package p

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

// CHECK-LABEL: func sum(%n int) int ; 6:6
// CHECK: jump 1 ; 8:2 synthetic
// CHECK: 1: for.loop ; preds 0, 4
// CHECK: %t0 = phi int [0: 0:int, 4: %t4] ; 8:6 synthetic
// CHECK: %t1 = phi int [0: 0:int, 4: %t3] ; 7:2 synthetic
// CHECK: 2: for.body ; preds 1
// CHECK: 3: for.done ; preds 1
// CHECK: 4: for.post ; preds 2
// CHECK: jump 1 ; 8:2 synthetic
