// RUN: %goscape llvm -O0 %s | FileCheck %s
// Closures and method values: a closure object is {code, captured...}
// passed as the hidden first parameter; a captured variable is held by
// address (or by value when escape analysis says so); top-level functions
// used as values get a static closure; method values bind a copy of the
// receiver.
package main

type T struct{ n int }

func (t T) Get() int { return t.n }

func apply(f func() int) int { return f() }

// CHECK-LABEL: define i64 @main.apply(ptr %0, ptr %1)
// CHECK: call void @gs_panic_nil()
// CHECK: %[[CODE:.*]] = load ptr, ptr %
// CHECK: call i64 %[[CODE]](ptr %

// CHECK-LABEL: define i64 @main.counter(
// CHECK: store ptr @main.counter.func1, ptr
func counter() int {
	x := 0
	inc := func() int { x++; return x }
	inc()
	return apply(inc)
}

// CHECK-LABEL: define i64 @main.method(
// CHECK: store ptr @main.T.Get-fm, ptr
func method(t T) int { return apply(t.Get) }

// CHECK-LABEL: define i64 @main.static(
// CHECK: call i64 @main.apply(ptr null, ptr @"main.seven\C2\B7f")
func seven() int  { return 7 }
func static() int { return apply(seven) }

func main() { println(counter(), method(T{3}), static()) }

// CHECK-LABEL: define i64 @main.counter.func1(ptr %0)
// CHECK: getelementptr inbounds { ptr, ptr }, ptr %0, i32 0, i32 1

// CHECK-LABEL: define internal i64 @main.T.Get-fm(ptr %0)
// CHECK: load { i64 }, ptr
// CHECK: call i64 @main.T.Get(ptr null,
