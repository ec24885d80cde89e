// RUN: %goscape llvm -O2 %s | FileCheck %s
// A function with unnamed results and a recover block: its return
// statement stores the results to an escaped slot before the deferred
// calls run, and the recover block returns that slot.
package main

// CHECK-LABEL: define { i64, { ptr, i64 } } @main.g(
// CHECK: %[[SLOT:.*]] = alloca { i64, { ptr, i64 } }
// CHECK: call void asm sideeffect "", "r,~{memory}"(ptr {{.*}}%[[SLOT]])
// CHECK: call i32 @_setjmp(
// CHECK: recovered:
// CHECK-NEXT: call void @gs_defer_return(
// CHECK-NEXT: load i64, ptr %[[SLOT]]
// CHECK: body:
// CHECK: store i64 7, ptr %[[SLOT]]
// CHECK: call void @gs_defer_return(
func g() (int, string) {
	defer func() { recover() }()
	defer func() { panic(1) }()
	return 7, "seven"
}

func main() {
	n, s := g()
	println(n, s)
}
