// RUN: %goscape ssa %s | FileCheck %s
// Named results with defer/recover: results live in Allocs, returns store
// them, run the defers and reload; a recover block returns them.
package p

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
		}
	}()
	q = a / b
	return q, nil
}

func loopDefer(n int) {
	for i := 0; i < n; i++ {
		defer println(i)
	}
	defer println("done")
}

// CHECK-LABEL: func safeDiv(%a int, %b int) (int, error) ; 6:6
// CHECK: recover 1
// CHECK: %t0 = alloc.var int (q) ; 6:25 undecided
// CHECK: %t1 = alloc.var error (err) ; 6:32 undecided
// CHECK: defer call %t2() ; 7:2
// CHECK: rundefers ; 13:2
// CHECK: return %t5, %t6 ; 13:2
// CHECK: 1: recover
// CHECK: return %t7, %t8 ; synthetic
// CHECK-LABEL: func loopDefer(%n int) ; 16:6
// CHECK: recover 5
// CHECK: defer builtin println(%t0) ; 18:3 inloop
// CHECK: defer builtin println("done":string) ; 20:2
// CHECK: rundefers ; 21:1 synthetic
// CHECK: return ; 21:1 synthetic
// CHECK: 5: recover
// CHECK: return ; synthetic
// CHECK-LABEL: func init()
// CHECK: return ; synthetic
// CHECK-LABEL: func safeDiv$1() ; 7:8 parent safeDiv
// CHECK: %t0 = builtin recover() ; 8:18
// CHECK: store *%q = -1:int ; 9:6
// CHECK: return ; 11:2 synthetic
