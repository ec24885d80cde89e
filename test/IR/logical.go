// RUN: %goscape ssa %s | FileCheck %s
// && and || as values merge in a phi; as conditions they branch directly.
package p

func both(a, b bool) bool {
	return a && b
}

func either(x, y int) int {
	if x > 0 || y > 0 {
		return 1
	}
	return 0
}

// CHECK-LABEL: func both(%a bool, %b bool) bool ; 5:6
// CHECK: if %a then 1 else 2 ; 6:9
// CHECK: 1: binop.rhs ; preds 0
// CHECK: 2: binop.done ; preds 0, 1
// CHECK: %t0 = phi bool [0: false:bool, 1: %b] ; synthetic
// CHECK-LABEL: func either(%x int, %y int) int ; 9:6
// CHECK: if %t0 then 1 else 3 ; 10:7
// CHECK: 3: cond.false ; preds 0
// CHECK: if %t1 then 1 else 2 ; 10:16
