// RUN: %goscape ssa %s | FileCheck %s
// Range over a channel: a comma-ok receive loop.
package p

func drain(c chan int) int {
	n := 0
	for v := range c {
		n += v
	}
	return n
}

// CHECK-LABEL: func drain(%c chan int) int ; 5:6
// CHECK: 1: rangechan.loop ; preds 0, 2
// CHECK: %t1 = <-%c,ok ; 7:11
// CHECK: %t2 = extract %t1 #1 ; 7:11 synthetic
// CHECK: 2: rangechan.body ; preds 1
// CHECK: %t3 = extract %t1 #0 ; 7:11 synthetic
// CHECK: 3: rangechan.done ; preds 1
