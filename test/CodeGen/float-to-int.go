// RUN: %goscape llvm -O0 %s | FileCheck %s
// Float-to-integer conversions have gc's amd64 results out of range (no
// poison): an in-range test guards fptosi, 0x80...0 otherwise; targets up
// to 16 bits and int32 convert through i32, int64 and uint32 through i64,
// uint64 takes gc's two-way expansion around 2^63.
// test/Run/float_to_int_range.go checks the values against gc.
package main

// CHECK-LABEL: define i8 @main.i8(
// CHECK: %[[LO:.*]] = fcmp oge double %[[X:.*]], 0xC1E0000000000000
// CHECK: %[[HI:.*]] = fcmp olt double %[[X]], 0x41E0000000000000
// CHECK: %[[IN:.*]] = and i1 %[[LO]], %[[HI]]
// CHECK: %[[C:.*]] = fptosi double %[[X]] to i32
// CHECK: %[[S:.*]] = select i1 %[[IN]], i32 %[[C]], i32 -2147483648
// CHECK: trunc i32 %[[S]] to i8
func i8(x float64) int8 { return int8(x) }

// CHECK-LABEL: define i32 @main.u32(
// CHECK: fcmp oge float %{{.*}}, 0xC3E0000000000000
// CHECK: fptosi float %{{.*}} to i64
// CHECK: select i1 %{{.*}}, i64 %{{.*}}, i64 -9223372036854775808
// CHECK: trunc i64 %{{.*}} to i32
func u32(x float32) uint32 { return uint32(x) }

// CHECK-LABEL: define i64 @main.u64(
// CHECK: fptosi double %[[X:.*]] to i64
// CHECK: %[[Y:.*]] = fsub double %[[X]], 0x43E0000000000000
// CHECK: fptosi double %[[Y]] to i64
// CHECK: or i64 %{{.*}}, -9223372036854775808
// CHECK: fcmp olt double %[[X]], 0x43E0000000000000
// CHECK-NOT: fptoui
// CHECK: ret i64
func u64(x float64) uint64 { return uint64(x) }

func main() { println(i8(1), u32(2), u64(3)) }
