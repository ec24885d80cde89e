// RUN: %goscape ssa %s | FileCheck %s
// Composite literals: keyed struct fields, keyed array indices, slice
// literals over a CompositeLit array, map literals, elided inner types
// (including the elided &T of a []*T literal).
package p

type Pt struct{ X, Y int }

func lits() ([]*Pt, map[string]Pt, [5]int, Pt) {
	ps := []*Pt{{1, 2}, {X: 3}}
	m := map[string]Pt{"a": {1, 2}}
	a := [5]int{2: 7, 9}
	return ps, m, a, Pt{Y: 1}
}

// CHECK-LABEL: func lits() ([]*Pt, map[string]Pt, [5]int, Pt) ; 9:6
// CHECK: %t0 = alloc.lit [2]*Pt ; 10:13 undecided
// CHECK: %t1 = alloc.lit Pt ; 10:14 undecided
// CHECK: %t2 = fieldaddr &%t1.X #0 ; 10:15
// CHECK: %t3 = fieldaddr &%t1.Y #1 ; 10:18
// CHECK: %t4 = indexaddr &%t0[0:int] ; 10:14
// CHECK: %t5 = alloc.lit Pt ; 10:22 undecided
// CHECK: %t6 = fieldaddr &%t5.X #0 ; 10:24
// CHECK: %t7 = indexaddr &%t0[1:int] ; 10:22
// CHECK: %t8 = slice %t0[:] ; 10:13
// CHECK: %t9 = makemap map[string]Pt 1:int ; 11:20 undecided
// CHECK: %t10 = alloc.lit Pt ; 11:26 undecided
// CHECK: %t11 = fieldaddr &%t10.X #0 ; 11:27
// CHECK: %t12 = fieldaddr &%t10.Y #1 ; 11:30
// CHECK: mapupdate %t9["a":string] = %t13 ; 11:24
// CHECK: %t14 = alloc.lit [5]int ; 12:13 undecided
// CHECK: %t15 = indexaddr &%t14[2:int] ; 12:15
// CHECK: %t16 = indexaddr &%t14[3:int] ; 12:20
// CHECK: %t18 = alloc.lit Pt ; 13:21 undecided
// CHECK: %t19 = fieldaddr &%t18.Y #1 ; 13:23
