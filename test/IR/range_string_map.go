// RUN: %goscape ssa %s | FileCheck %s
// Range over a string (UTF-8 decoding iterator) and a map: range/next.
package p

func count(s string, m map[string]int) int {
	n := 0
	for i, r := range s {
		n += i + int(r)
	}
	for k, v := range m {
		n += len(k) + v
	}
	return n
}

// CHECK-LABEL: func count(%s string, %m map[string]int) int ; 5:6
// CHECK: %t0 = range %s ; 7:14
// CHECK: 1: rangeiter.loop ; preds 0, 2
// CHECK: %t2 = next %t0 ; 7:14
// CHECK: 2: rangeiter.body ; preds 1
// CHECK: 3: rangeiter.done ; preds 1
// CHECK: %t9 = range %m ; 10:14
// CHECK: 4: rangeiter.loop ; preds 3, 5
// CHECK: %t11 = next %t9 ; 10:14
// CHECK: 5: rangeiter.body ; preds 4
// CHECK: 6: rangeiter.done ; preds 4
