// RUN: %goscape ssa %s | FileCheck %s
// Allocation sites and their Alloc kinds: variables whose address is
// taken, new, &T{}, composite literal storage, and the implicit slice of a
// variadic call.
package p

type P struct{ x, y int }

func sum(s ...int) int { return len(s) }

func f() (*int, *P, *int, int) {
	v := 1
	n := new(int)
	p := &P{1, 2}
	a := [3]int{1, 2, 3}
	return &v, p, n, a[0] + sum(1, 2, 3)
}

// CHECK-LABEL: func f() (*int, *P, *int, int) ; 11:6
// CHECK: %t0 = alloc.var int (v) ; 12:2 undecided
// CHECK: %t1 = alloc.new int ; 13:10 undecided
// CHECK: %t2 = alloc.lit P ; 14:7 undecided
// CHECK: %t5 = alloc.lit [3]int ; 15:13 undecided
// CHECK: %t10 = alloc.varargs [3]int ; 16:29 undecided
// CHECK: %t14 = slice %t10[:] ; 16:29 synthetic
// CHECK: %t15 = call @sum(%t14) ; 16:29
// CHECK: %t16 = index %t9[0:int] ; 16:20
