// RUN: %goscape llvm -O0 %s | FileCheck %s
// Defer, panic and recover (runtime/include/goscape-rt/Panic.h): a frame
// from gs_defer_begin passed to _setjmp; a recovered panic resumes in the
// recover block after gs_defer_return; each defer pushes a heap thunk with
// the evaluated arguments (a variadic argument's array copied into it);
// memory accesses of such a function are volatile so that they survive
// the longjmp.
package main

import "fmt"

// CHECK-LABEL: define i64 @main.safe(
// CHECK: %[[F:.*]] = call ptr @gs_defer_begin()
// CHECK: call i32 @_setjmp(ptr %[[F]]) #[[RT:[0-9]+]]
// CHECK: call void @gs_defer_push(ptr %[[F]],
// CHECK: load volatile i64
// CHECK: recovered:
// CHECK-NEXT: call void @gs_defer_return(ptr %[[F]])
// CHECK: load volatile [2 x { ptr, ptr }]
// CHECK: call void @gs_defer_push(ptr %[[F]],
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

// CHECK-LABEL: define internal void @main.safe.deferwrap.1(ptr %0)
// CHECK: %[[ARR:.*]] = getelementptr inbounds { ptr, [2 x { ptr, ptr }] }, ptr %0, i32 0, i32 1
// CHECK: insertvalue { ptr, i64, i64 } undef, ptr %[[ARR]], 0
// CHECK: call void @gs_fmt_Println(

// CHECK: attributes #[[RT]] = { returns_twice }
func main() { println(safe()) }
