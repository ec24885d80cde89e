// RUN: %goscape llvm -O0 %s | FileCheck %s
// RUN: %goscape llvm -O2 %s | FileCheck --check-prefix=OPT %s
// What code generation tells LLVM about Go memory (Memory.cpp): scalar
// loads and stores carry type-based alias tags (one class per size, one
// for pointers), slice and string headers are accessed word by word with
// lengths in [0, 2^63), lengths of slice parameters and of new slices are
// assumed non-negative, an indexed slice's array pointer is assumed not
// nil, allocations return noalias memory, and copy() is an inline memmove
// of min(len(dst), len(src)) elements.
package main

type Flags struct {
	n  int
	on []bool
}

// Storing a bool cannot change f.n or the header of f.on: the loop loads
// the length once, before the loop.
// CHECK-LABEL: define void @"main.(*Flags).setAll"
// CHECK: load ptr, ptr %{{.*}}, align 8, !tbaa ![[PTR:[0-9]+]]
// CHECK: load i64, ptr %{{.*}}, align 8, !tbaa ![[WORD:[0-9]+]], !range ![[LEN:[0-9]+]]
// CHECK: load i64, ptr %{{.*}}, align 8, !tbaa ![[WORD]], !range ![[LEN]]
// CHECK: store i1 true, ptr %{{.*}}, align 1, !tbaa ![[BYTE:[0-9]+]]
// OPT-LABEL: define void @"main.(*Flags).setAll"
// OPT: load i64, ptr %{{.*}}, !range
// OPT: {{^}}ok{{[0-9]*}}:
// OPT-NOT: load i64
// OPT: store i1 true
// OPT: {{^}}}
func (f *Flags) setAll() {
	for i := 0; i < f.n; i++ {
		f.on[i] = true
	}
}

type Point struct{ X, Y float64 }

// After ps[i] is in bounds the array pointer is not nil: the nil checks of
// the reloaded pointer variable p fold away.
// CHECK-LABEL: define void @main.drift
// CHECK: call void @gs_panic_index(
// CHECK: %[[NN:.*]] = icmp ne ptr %[[D:[0-9]+]], null
// CHECK-NEXT: call void @llvm.assume(i1 %[[NN]])
// CHECK-NEXT: getelementptr inbounds { double, double }, ptr %[[D]], i64
// CHECK: call void @gs_panic_nil()
// OPT-LABEL: define void @main.drift
// OPT-NOT: gs_panic_nil
// OPT: ret void
func drift(ps []Point) {
	for i := range ps {
		p := &ps[i]
		p.X += p.Y
	}
}

// i < len(xs) and len(xs) >= 0 make the bounds check redundant.
// CHECK-LABEL: define i64 @main.sum(ptr %0, { ptr, i64, i64 } %1)
// CHECK: %[[L:.*]] = extractvalue { ptr, i64, i64 } %1, 1
// CHECK: %[[GE:.*]] = icmp sge i64 %[[L]], 0
// CHECK: call void @llvm.assume(i1 %[[GE]])
// OPT-LABEL: define i64 @main.sum
// OPT-NOT: gs_panic_index
// OPT: ret i64
func sum(xs []int) int {
	s := 0
	for i := 0; i < len(xs); i++ {
		s += xs[i]
	}
	return s
}

// CHECK-LABEL: define { ptr, i64, i64 } @main.dup
// CHECK: call noalias ptr @gs_makeslice(
// CHECK: %[[N:.*]] = call i64 @llvm.smin.i64(i64 %{{.*}}, i64 %{{.*}})
// CHECK: %[[SZ:.*]] = mul nuw nsw i64 %[[N]], 8
// CHECK: call void @llvm.memmove.p0.p0.i64(ptr align 8 %{{.*}}, ptr align 8 %{{.*}}, i64 %[[SZ]], i1 false)
// CHECK-NOT: gs_slicecopy
// CHECK: ret { ptr, i64, i64 }
func dup(xs []int) []int {
	ys := make([]int, len(xs))
	copy(ys, xs)
	return ys
}

// Two fresh slices cannot overlap: the copy between them is a memcpy.
// OPT-LABEL: define void @main.main
// OPT: call void @llvm.memcpy
func main() {
	f := &Flags{n: 3, on: make([]bool, 3)}
	f.setAll()
	a := make([]int, f.n)
	b := make([]int, f.n)
	a[1] = 7
	copy(b, a)
	ps := []Point{{1, 2}}
	drift(ps)
	println(f.on[2], sum(dup(b)), ps[0].X == 3)
}

// CHECK-DAG: ![[PTR]] = !{![[PTRT:[0-9]+]], ![[PTRT]], i64 0}
// CHECK-DAG: ![[PTRT]] = !{!"pointer", ![[ROOT:[0-9]+]], i64 0}
// CHECK-DAG: ![[ROOT]] = !{!"goscape typed memory"}
// CHECK-DAG: ![[WORD]] = !{![[WORDT:[0-9]+]], ![[WORDT]], i64 0}
// CHECK-DAG: ![[WORDT]] = !{!"8-byte scalar", ![[ROOT]], i64 0}
// CHECK-DAG: ![[BYTE]] = !{![[BYTET:[0-9]+]], ![[BYTET]], i64 0}
// CHECK-DAG: ![[BYTET]] = !{!"1-byte scalar", ![[ROOT]], i64 0}
// CHECK-DAG: ![[LEN]] = !{i64 0, i64 -9223372036854775808}
