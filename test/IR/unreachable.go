// RUN: %goscape ssa %s | FileCheck %s
// RUN: %goscape ssa %s | FileCheck %s --check-prefix=DEAD
// Code after return or panic is removed with its blocks; an infinite loop
// has no exit block.
package p

func f(x int) int {
	if x > 0 {
		return 1
		println("dead")
	}
	for {
		if x < -10 {
			return x
		}
		x--
	}
}

// CHECK-LABEL: func f(%x int) int ; 7:6
// CHECK: 0: entry
// CHECK: 1: if.then ; preds 0
// CHECK: return 1:int ; 9:3
// CHECK: 2: if.done ; preds 0
// CHECK: 3: for.loop ; preds 2, 6
// CHECK: 4: for.body ; preds 3
// CHECK: 5: if.then ; preds 4
// CHECK: return %t1 ; 14:4
// CHECK: 6: if.done ; preds 4
// CHECK-LABEL: func init()
// CHECK: 0: entry
// CHECK: return ; synthetic
// DEAD-NOT: println
// DEAD-NOT: unreachable
