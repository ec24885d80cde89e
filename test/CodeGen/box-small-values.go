// RUN: %goscape llvm -O0 %s | FileCheck %s
// An escaping one-byte value (bool, int8, uint8 and named types over them)
// is boxed, as gc boxes it, by pointing into a read-only table of the 256
// byte values: no allocation. A wider integer uses the table when it is
// below 256 as unsigned, else a heap box; other types always a heap box.
package main

var sink interface{}

type Flag bool

// CHECK: @smallvalueboxes = private constant [256 x i64] [i64 0, i64 1, i64 2,

// CHECK-LABEL: define {{.*}} @main.boxBool(
// CHECK: [[B:%.*]] = zext i1 %{{.*}} to i64
// CHECK: getelementptr inbounds i64, ptr @smallvalueboxes, i64 [[B]]
// CHECK-NOT: call {{.*}}@gs_
// CHECK: ret void
func boxBool(a, b int) { sink = a == b }

// CHECK-LABEL: define {{.*}} @main.boxBytes(
// CHECK: getelementptr inbounds i64, ptr @smallvalueboxes
// CHECK: getelementptr inbounds i64, ptr @smallvalueboxes
// CHECK: getelementptr inbounds i64, ptr @smallvalueboxes
// CHECK-NOT: call {{.*}}@gs_
// CHECK: ret void
func boxBytes(u uint8, i int8, f Flag) {
	sink = u
	sink = i
	sink = f
}

// CHECK-LABEL: define {{.*}} @main.boxInt(
// CHECK: [[C:%.*]] = icmp ult i64 [[V:%.*]], 256
// CHECK: br i1 [[C]], label %box.small, label %box.heap
// CHECK: box.small:
// CHECK: getelementptr inbounds i64, ptr @smallvalueboxes, i64 [[V]]
// CHECK: box.heap:
// CHECK: call {{.*}}@gs_
// CHECK: box.done:
// CHECK: phi ptr
// CHECK: ret void
func boxInt(n int) { sink = n }

// CHECK-LABEL: define {{.*}} @main.boxFloat(
// CHECK-NOT: smallvalueboxes
// CHECK: call {{.*}}@gs_
// CHECK: ret void
func boxFloat(f float64) { sink = f }

func main() {
	boxBool(1, 2)
	boxBytes(200, -3, true)
	boxInt(7)
	println(sink.(int))
	boxFloat(1.5)
}
