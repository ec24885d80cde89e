// RUN: %goscape ssa %s | FileCheck %s
// Method values are bound methods (allocation sites); method expressions
// call a thunk taking the receiver first.
package p

type T struct{ n int }

func (t T) Val() int  { return t.n }
func (t *T) Ptr() int { return t.n }

type I interface{ Val() int }

func use(t T, i I) int {
	f := t.Val
	g := t.Ptr
	h := i.Val
	e := T.Val
	return f() + g() + h() + e(t)
}

// CHECK-LABEL: func use(%t T, %i I) int ; 13:6
// CHECK: %t0 = alloc.var T (t) ; 13:10 undecided
// CHECK: %t2 = boundmethod T.Val %t1 ; 14:8 undecided
// CHECK: %t3 = boundmethod (*T).Ptr %t0 ; 15:8 undecided
// CHECK: %t4 = boundmethod invoke I.Val %i ; 16:8 undecided
// CHECK: %t5 = call %t2() ; 18:10
// CHECK: %t6 = call %t3() ; 18:16
// CHECK: %t7 = call %t4() ; 18:22
// CHECK: %t8 = *%t0 ; 18:29 synthetic
// CHECK: %t9 = call @(T).Val$thunk(%t8) ; 18:28
// CHECK: %t10 = %t5 + %t6 ; 18:13
// CHECK-LABEL: func (T).Val$thunk(%p0 T) int ; 17:8
// CHECK: %t0 = call @T.Val(%p0) ; 17:8 synthetic
