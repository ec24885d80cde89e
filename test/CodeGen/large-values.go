// RUN: %goscape llvm -O0 %s | FileCheck %s
// RUN: %goscape llvm -O2 %s | FileCheck --check-prefix=OPT %s
// Large values (arrays and structs over 32 bytes, tuples with a large
// component) live in memory: a large parameter is the address of the
// caller's copy, large results are written through a last parameter to
// memory the caller owns, and copies are memcpy calls. Smaller values stay
// LLVM first-class values.
package main

type Grid [8][8]int

type Small struct{ A, B int }

type Vec struct{ X, Y, Z, W, V float64 }

// CHECK-LABEL: define double @main.Vec.Sum(ptr %0, ptr noalias nocapture readonly align 8 dereferenceable(40) %1)
func (v Vec) Sum() float64 { return v.X + v.Y + v.Z + v.W + v.V }

// CHECK-LABEL: define void @main.step(ptr %0, ptr noalias nocapture readonly align 8 dereferenceable(512) %1, ptr noalias nocapture writeonly align 8 dereferenceable(512) %2)
// CHECK: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %2, ptr align 8 %
// CHECK: ret void
func step(g Grid) Grid {
	g[1][1]++
	return g
}

// CHECK-LABEL: define void @main.pair(ptr %0, { i64, i64 } %1, ptr noalias nocapture writeonly align 8 dereferenceable(528) %2)
// CHECK: store i64 %{{.*}}, ptr %{{.*}}, align 8, !tbaa
// CHECK: store i64 %{{.*}}, ptr %{{.*}}, align 8, !tbaa
func pair(s Small) (Small, Grid) { return s, Grid{} }

// CHECK-LABEL: define { i64, i64 } @main.swap(ptr %0, { i64, i64 } %1)
func swap(s Small) Small { return Small{s.B, s.A} }

// CHECK-LABEL: define void @main.main(
// CHECK: call void @main.step(ptr null, ptr %[[ARG:[0-9]+]], ptr %[[RES:[0-9]+]])
// CHECK: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %{{[0-9]+}}, ptr align 8 %[[RES]], i64 512, i1 false)
// CHECK: call void @main.pair(ptr null, { i64, i64 } %{{[0-9]+}}, ptr %[[TUP:[0-9]+]])
// CHECK: getelementptr inbounds { { i64, i64 }, [8 x [8 x i64]] }, ptr %[[TUP]], i32 0, i32 1
// CHECK: call double @main.Vec.Sum(ptr null, ptr %

// The interface wrapper of a value method copies the receiver out of
// the box before the call.
// CHECK-LABEL: define internal double @"main.Vec.Sum{{.*}}iface"(ptr %0, ptr %1)
// CHECK: alloca { double, double, double, double, double }
// CHECK: call void @llvm.memcpy

// Optimized, no large value is loaded or stored as an LLVM aggregate.
// OPT-NOT: load [8 x [8 x i64]]
// OPT-NOT: store [8 x [8 x i64]]
// OPT-NOT: load { double, double, double, double, double }
func main() {
	var g Grid
	for k := 0; k < 3; k++ {
		g = step(g)
	}
	s, h := pair(Small{1, 2})
	v := Vec{1, 2, 3, 4, 5}
	var i interface{ Sum() float64 } = v
	println(g[1][1], swap(s).A, h[0][0], v.Sum(), i.Sum())
}
