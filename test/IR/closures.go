// RUN: %goscape ssa %s | FileCheck %s
// Closures capture variables by reference through their Alloc; a nested
// closure reaches the outer variable through its parent's free variable.
package p

func counter() func() int {
	n := 0
	return func() int {
		inc := func() { n++ }
		inc()
		return n
	}
}

func noCapture() func() int {
	return func() int { return 1 }
}

// CHECK-LABEL: func counter() func() int ; 6:6
// CHECK: %t0 = alloc.var int (n) ; 7:2 undecided
// CHECK: %t1 = makeclosure @counter$1 [%t0] ; 8:9 undecided
// CHECK-LABEL: func noCapture() func() int ; 15:6
// CHECK: return @noCapture$1 ; 16:2
// CHECK-LABEL: func counter$1() int ; 8:9 parent counter
// CHECK: freevar %n *int
// CHECK: %t0 = makeclosure @counter$1$1 [%n] ; 9:10 undecided
// CHECK-LABEL: func counter$1$1() ; 9:10 parent counter$1
// CHECK: freevar %n *int
// CHECK: store *%n = %t1 ; 9:20
