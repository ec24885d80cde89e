// RUN: %goscape llvm -O0 %s | FileCheck %s
// Integer operators with Go's semantics: division by zero panics,
// MinInt / -1 does not trap, shifts by the width or more give 0 or the
// sign, negative signed shift counts panic, conversions extend by the
// source's signedness, float conversions out of range give gc's amd64 values.
package main

// CHECK-LABEL: define i64 @main.div(ptr %0, i64 %1, i64 %2)
// CHECK: icmp eq i64 %{{.*}}, 0
// CHECK: call void @gs_panic_divide()
// CHECK: icmp eq i64 %{{.*}}, -1
// CHECK: select i1 %{{.*}}, i64 1,
// CHECK: sub i64 0,
// CHECK: sdiv i64
func div(a, b int) int { return a / b }

// CHECK-LABEL: define i8 @main.rem(ptr %0, i8 %1, i8 %2)
// CHECK: call void @gs_panic_divide()
// CHECK: urem i8
func rem(a, b uint8) uint8 { return a % b }

// CHECK-LABEL: define i32 @main.shl(ptr %0, i32 %1, i64 %2)
// CHECK: icmp uge i64 %{{.*}}, 32
// CHECK: shl i32
// CHECK: select i1 %{{.*}}, i32 0,
func shl(x int32, s uint) int32 { return x << s }

// CHECK-LABEL: define i64 @main.sar(ptr %0, i64 %1, i64 %2)
// CHECK: icmp slt i64 %{{.*}}, 0
// CHECK: call void @gs_panic_shift()
// CHECK: select i1 %{{.*}}, i64 63,
// CHECK: ashr i64
func sar(x int, s int) int { return x >> s }

// CHECK-LABEL: define i64 @main.widen(ptr %0, i8 %1, i8 %2)
// CHECK: sext i8 %{{.*}} to i64
// CHECK: zext i8 %{{.*}} to i64
func widen(a int8, b uint8) int { return int(a) + int(b) }

// CHECK-LABEL: define i64 @main.trunc(ptr %0, double %1)
// CHECK: fptosi double %{{.*}} to i64
// CHECK: select i1 %{{.*}}, i64 %{{.*}}, i64 -9223372036854775808
func trunc(f float64) int { return int(f) }

// CHECK-LABEL: define i1 @main.less(ptr %0, i64 %1, i64 %2, double %3, double %4)
// CHECK: icmp ult i64
// CHECK: fcmp olt double
func less(a, b uint, x, y float64) bool { return a < b && x < y }

func main() {
	println(div(7, 2), rem(7, 3), shl(1, 40), sar(-8, 100), widen(-1, 255),
		trunc(2.5), less(1, 2, 1, 2))
}
