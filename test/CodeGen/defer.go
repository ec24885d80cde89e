// RUN: %goscape llvm -O0 %s | FileCheck %s
// Defer, panic and recover (runtime/include/goscape-rt/Panic.h): a frame
// from gs_defer_begin passed to _setjmp; a recovered panic resumes in the
// recover block after gs_defer_return; each defer pushes a thunk with the
// evaluated arguments (a variadic argument's array copied into it), in the
// frame unless the defer is on a cycle; only the named results the
// recover block reads are kept in memory across the longjmp (an empty asm
// takes their address), other accesses are ordinary.
package main

import "fmt"

// CHECK-LABEL: define i64 @main.safe(
// CHECK: %[[R:.*]] = alloca i64
// CHECK: alloca { ptr, ptr }, align 8
// CHECK: %[[T:.*]] = alloca { ptr, ptr }, align 8
// CHECK: %[[T1:.*]] = alloca { ptr, [2 x { ptr, ptr }] }
// CHECK: call void asm sideeffect "", "r,~{memory}"(ptr %[[R]])
// CHECK: %[[F:.*]] = call ptr @gs_defer_begin()
// CHECK: call i32 @_setjmp(ptr %[[F]]) #[[RT:[0-9]+]]
// CHECK: store ptr @main.safe.deferwrap, ptr
// CHECK: call void @gs_defer_push(ptr %[[F]], ptr %[[T]])
// CHECK-NOT: volatile
// CHECK: load i64, ptr %[[R]]
// CHECK: recovered:
// CHECK-NEXT: call void @gs_defer_return(ptr %[[F]])
// CHECK: insertvalue [2 x { ptr, ptr }] %{{.*}}, ptr %{{.*}}, 1, 1
// CHECK: call void @gs_defer_push(ptr %[[F]], ptr %[[T1]])
// CHECK: call void @gs_panic(
func safe() (r int) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	defer fmt.Println("deferred", r)
	panic("boom")
}

// A defer in a loop needs a thunk per iteration, on the heap.
// CHECK-LABEL: define void @main.loop(
// CHECK: call noalias ptr @gs_alloc(
// CHECK: call void @gs_defer_push(
func loop() {
	for i := 0; i < 3; i++ {
		defer println(i)
	}
}

// So does one on a cycle made with goto.
// CHECK-LABEL: define void @main.gotoLoop(
// CHECK: call noalias ptr @gs_alloc(
// CHECK: call void @gs_defer_push(
func gotoLoop() {
	i := 0
again:
	defer println(i)
	i++
	if i < 3 {
		goto again
	}
}

func main() {
	println(safe())
	loop()
	gotoLoop()
}

// CHECK-LABEL: define internal void @main.safe.deferwrap.1(ptr %0)
// CHECK: %[[ARR:.*]] = getelementptr inbounds { ptr, [2 x { ptr, ptr }] }, ptr %0, i32 0, i32 1
// CHECK: insertvalue { ptr, i64, i64 } undef, ptr %[[ARR]], 0
// CHECK: call void @gs_fmt_Println(

// CHECK: attributes #[[RT]] = { returns_twice }
