// RUN: %goscape ssa %s | FileCheck %s
// Select: one select instruction, then tests on the chosen index.
package p

func pick(a, b chan int, out chan<- string) int {
	select {
	case v := <-a:
		return v
	case v, ok := <-b:
		if ok {
			return v
		}
	case out <- "x":
	default:
	}
	return 0
}

// CHECK-LABEL: func pick(%a chan int, %b chan int, %out chan<- string) int ; 5:6
// CHECK: %t0 = select nonblocking [<-%a, <-%b, %out<-"x":string] ; 6:2
// CHECK: %t1 = extract %t0 #0 ; 6:2 synthetic
// CHECK: 1: select.done ; preds 7, 8, 9
// CHECK: 2: select.body ; preds 0
// CHECK: %t3 = extract %t0 #2 ; 7:2 synthetic
// CHECK: 3: select.next ; preds 0
// CHECK: 4: select.body ; preds 3
// CHECK: %t5 = extract %t0 #3 ; 9:2 synthetic
// CHECK: %t6 = extract %t0 #1 ; 9:2 synthetic
// CHECK: 5: select.next ; preds 3
// CHECK: 8: select.body ; preds 5
// CHECK: 9: select.next ; preds 5
