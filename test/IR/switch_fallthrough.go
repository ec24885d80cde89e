// RUN: %goscape ssa %s | FileCheck %s
// Expression switch: a chain of tests, bodies in source order, default
// last, fallthrough jumps to the next body.
package p

func classify(x int) int {
	r := 0
	switch x {
	case 1, 2:
		r = 1
		fallthrough
	case 3:
		r += 10
	default:
		r = -1
	}
	return r
}

// CHECK-LABEL: func classify(%x int) int ; 6:6
// CHECK: %t0 = %x == 1:int ; 9:7
// CHECK: 1: switch.done ; preds 3, 4
// CHECK: %t1 = phi int [3: %t3, 4: -1:int] ; 7:2 synthetic
// CHECK: 2: switch.body ; preds 0, 5
// CHECK: jump 3 ; 11:3
// CHECK: 3: switch.body ; preds 6, 2
// CHECK: %t2 = phi int [6: 0:int, 2: 1:int] ; 7:2 synthetic
// CHECK: jump 1 ; 12:2 synthetic
// CHECK: 4: switch.body ; preds 7
// CHECK: jump 1 ; 14:2 synthetic
// CHECK: 5: switch.next ; preds 0
// CHECK: %t4 = %x == 2:int ; 9:10
// CHECK: 6: switch.next ; preds 5
// CHECK: %t5 = %x == 3:int ; 12:7
// CHECK: 7: switch.next ; preds 6
// CHECK: jump 4 ; 8:2 synthetic
