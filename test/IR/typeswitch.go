// RUN: %goscape ssa %s | FileCheck %s
// Type switch: a chain of comma-ok type assertions; a single-type clause
// binds the asserted value, nil compares with nil.
package p

func kind(x interface{}) int {
	switch v := x.(type) {
	case int:
		return v
	case string, bool:
		_ = v
		return 2
	case nil:
		return 3
	default:
		return 4
	}
}

// CHECK-LABEL: func kind(%x interface{}) int ; 6:6
// CHECK: %t0 = typeassert %x.(int),ok ; 7:15
// CHECK: 1: typeswitch.body ; preds 0
// CHECK: return %t2 ; 9:3
// CHECK: 2: typeswitch.next ; preds 0
// CHECK: %t3 = typeassert %x.(string),ok ; 7:15
// CHECK: 3: typeswitch.body ; preds 2, 4
// CHECK: return 2:int ; 12:3
// CHECK: 4: typeswitch.next ; preds 2
// CHECK: %t5 = typeassert %x.(bool),ok ; 7:15
// CHECK: 5: typeswitch.next ; preds 4
// CHECK: %t7 = %x == nil:interface{} ; 13:7
// CHECK: 6: typeswitch.body ; preds 5
// CHECK: return 3:int ; 14:3
// CHECK: 7: typeswitch.next ; preds 5
// CHECK: 8: typeswitch.body ; preds 7
// CHECK: return 4:int ; 16:3
// CHECK-LABEL: func init()
// CHECK: return ; synthetic
