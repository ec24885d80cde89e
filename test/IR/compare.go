// RUN: %goscape ssa %s | FileCheck %s
// Comparisons of structs, arrays and interfaces, and mixed
// interface/concrete comparisons (the concrete side is boxed).
package p

type P struct{ a, b int }

func eq(p, q P, x, y [2]int, i interface{}, e error) (bool, bool, bool, bool) {
	return p == q, x != y, i == 3, e == nil
}

// CHECK-LABEL: func eq(%p P, %q P, %x [2]int, %y [2]int, %i interface{}, %e error) (bool, bool, bool, bool) ; 8:6
// CHECK: %t0 = %p == %q ; 9:11
// CHECK: %t1 = %x != %y ; 9:19
// The constant is converted as the comparison's operand, at the `==`.
// CHECK: %t2 = makeinterface interface{} <- int 3:int ; 9:27 undecided
// CHECK: %t3 = %i == %t2 ; 9:27
// CHECK: %t4 = %e == nil:error ; 9:35
// CHECK: return %t0, %t1, %t3, %t4 ; 9:2
// CHECK-LABEL: func init()
// CHECK: return ; synthetic
