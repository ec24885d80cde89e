// RUN: %goscape ssa %s | FileCheck %s
// Assigning part of a struct or array keeps the variable in memory
// (fieldaddr/indexaddr stores); reading fields of an SSA value uses field.
package p

type P struct{ x, y int }

func set(q P) (P, int) {
	var p P
	p.x = 1
	var a [2]int
	a[1] = 2
	return p, q.y + a[1]
}

// CHECK-LABEL: func set(%q P) (P, int) ; 8:6
// CHECK: %t0 = alloc.var P (p) ; 9:6 undecided
// CHECK: %t1 = fieldaddr &%t0.x #0 ; 10:3
// CHECK: store *%t1 = 1:int ; 10:6
// CHECK: %t2 = alloc.var [2]int (a) ; 11:6 undecided
// CHECK: %t3 = indexaddr &%t2[1:int] ; 12:3
// CHECK: store *%t3 = 2:int ; 12:7
// CHECK: %t5 = field %q.y #1 ; 13:13
// CHECK: %t6 = indexaddr &%t2[1:int] ; 13:19
