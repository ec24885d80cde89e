// RUN: %goscape llvm -O0 %s | FileCheck %s
// RUN: %goscape build -O0 -o %t.O0 %S/../Run/recover_frames.go
// RUN: %t.O0 | diff %S/../Run/recover_frames.out -
// RUN: %goscape build -O1 -o %t.O1 %S/../Run/recover_frames.go
// RUN: %t.O1 | diff %S/../Run/recover_frames.out -
// recover() and frames (runtime/include/goscape-rt/Panic.h): a function
// calling recover passes its return-address slot and is never inlined;
// `defer recover()` binds the deferring function's slot; every Go
// function, thunk and wrapper has unwind tables and no tail calls; the
// thunk's call keeps the deferred function's frame (noinline, notail);
// wrappers live in the gs_wrappers section. test/Run/recover_frames.go
// runs at -O2; the RUN lines above run it at -O0 and -O1.
package main

import "fmt"

type T struct{ n int }

// CHECK-LABEL: define void @main.T.Val(
// CHECK-SAME: #[[NOINL:[0-9]+]]
// CHECK: %[[S:.*]] = call ptr @llvm.addressofreturnaddress.p0()
// CHECK: call void @gs_recover(ptr %{{.*}}, ptr %[[S]])
func (t T) Val() { fmt.Println(recover()) }

type V interface{ Val() }

// CHECK-LABEL: define void @main.deferRecover(
// CHECK-SAME: #[[NOINL]]
// CHECK: %[[F:.*]] = call ptr @llvm.addressofreturnaddress.p0()
// CHECK: store ptr @main.deferRecover.deferwrap,
// CHECK: store ptr %[[F]],
func deferRecover() {
	defer recover()
	panic(1)
}

// CHECK-LABEL: define void @main.main(
// CHECK-SAME: #[[GO:[0-9]+]]
func main() {
	defer func() { fmt.Println(recover()) }()
	var v V = T{1}
	defer v.Val()
	deferRecover()
}

// CHECK-LABEL: define internal void @main.deferRecover.deferwrap(
// CHECK-SAME: #[[GO]]
// CHECK: %[[SLOT:.*]] = load ptr,
// CHECK: notail call void @gs_recover(ptr %{{.*}}, ptr %[[SLOT]])

// CHECK-LABEL: define internal void @main.main.deferwrap(
// CHECK: notail call void @main.main.func1(ptr null) #[[CALL:[0-9]+]]

// CHECK-LABEL: define internal void @"main.T.Val\C2\B7iface"(
// CHECK-SAME: #[[GO]] section "gs_wrappers"

// CHECK-LABEL: define internal void @main.main.deferwrap.{{[0-9]+}}(
// CHECK: notail call void %{{.*}}(ptr null, ptr %{{.*}}) #[[CALL]]

// CHECK: attributes #[[NOINL]] = { noinline uwtable "disable-tail-calls"="true" }
// CHECK: attributes #[[GO]] = { uwtable "disable-tail-calls"="true" }
// CHECK: attributes #[[CALL]] = { noinline }
