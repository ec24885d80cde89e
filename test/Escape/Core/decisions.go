// RUN: %goscape ssa --escape %s | FileCheck %s
// Escape analysis writes its results into the IR: every allocation site's
// stack-or-heap decision, every function's parameter tags, and each
// closure variable's capture mode. (gc agrees: this file has no ERROR
// annotations, and its -m output is in calls.go's style.)
package p

var sink *int

// CHECK-LABEL: func leak(%p *int, %q *int) *int
// CHECK-NEXT: tag %p: heap level=0
// CHECK-NEXT: tag %q: ~r0 level=0
// CHECK: alloc.var *int (p) ; {{.*}} stack
func leak(p, q *int) *int {
	sink = p
	return q
}

// CHECK-LABEL: func content(%pp **int)
// CHECK-NEXT: tag %pp: heap level=1
func content(pp **int) {
	sink = *pp
}

// CHECK-LABEL: func locals() int
// CHECK: alloc.var int (x) ; {{.*}} heap
// CHECK: alloc.var int (y) ; {{.*}} stack
// CHECK: alloc.new int ; {{.*}} stack
// CHECK: makeslice []int 4:int, 4:int ; {{.*}} stack
func locals() int {
	x, y := 1, 2
	sink = &x
	p := &y
	q := new(int)
	s := make([]int, 4)
	return *p + *q + s[0]
}

// CHECK-LABEL: func nonConst(%n int) int
// CHECK: makeslice []int {{.*}} ; {{.*}} heap
func nonConst(n int) int {
	s := make([]int, n)
	return len(s)
}

// CHECK-LABEL: func boxed(%x int)
// CHECK: makeinterface interface{} <- int {{.*}} heap
var isink interface{}

func boxed(x int) {
	isink = x
}

// CHECK-LABEL: func capture() func() int
// CHECK: alloc.var int (a) ; {{.*}} stack
// CHECK: alloc.var int (b) ; {{.*}} heap
// CHECK: makeclosure @capture$1 {{.*}} heap
func capture() func() int {
	a := 1
	b := 2
	f := func() int { return a + b }
	b++
	return f
}

// A function literal assigned to the variable it calls captures that
// variable by reference: gc counts the assignment as after the capture.
// CHECK-LABEL: func recursive(%n int) int
// CHECK: alloc.var func(int) int (f) ; {{.*}} stack
func recursive(n int) int {
	var f func(int) int
	f = func(n int) int {
		if n == 0 {
			return 0
		}
		return f(n-1) + 1
	}
	return f(n)
}

// CHECK-LABEL: func capture$1() int
// CHECK-NEXT: freevar %a *int ; byvalue
// CHECK-NEXT: freevar %b *int ; byref

// CHECK-LABEL: func recursive$1(%n int) int
// CHECK-NEXT: freevar %f *func(int) int ; byref
