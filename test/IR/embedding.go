// RUN: %goscape ssa %s | FileCheck %s
// Embedded-field promotion: implicit field paths (synthetic steps) and
// promoted methods through an embedded pointer.
package p

type Base struct{ id int }

func (b *Base) ID() int { return b.id }

type Mid struct{ Base }
type Top struct {
	*Mid
	name string
}

func get(t Top) (int, int) {
	return t.id, t.ID()
}

// CHECK-LABEL: func (*Base).ID(%b *Base) int ; 8:6
// CHECK: %t0 = fieldaddr &%b.id #0 ; 8:35
// CHECK: %t1 = *%t0 ; 8:35 synthetic
// CHECK-LABEL: func get(%t Top) (int, int) ; 16:6
// The call comes first (gc's order), then the promoted field's load.
// CHECK: %t0 = field %t.Mid #0 ; 17:16 synthetic
// CHECK: %t1 = fieldaddr &%t0.Base #0 ; 17:16 synthetic
// CHECK: %t2 = call @(*Base).ID(%t1) ; 17:19
// CHECK: %t3 = field %t.Mid #0 ; 17:10 synthetic
// CHECK: %t4 = fieldaddr &%t3.Base #0 ; 17:10 synthetic
// CHECK: %t5 = fieldaddr &%t4.id #0 ; 17:10
// CHECK: %t6 = *%t5 ; 17:10 synthetic
// CHECK: return %t6, %t2 ; 17:2
