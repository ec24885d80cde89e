// RUN: %goscape llvm -O0 %s | FileCheck %s
// Interfaces: type descriptors laid out as gs::Type, itabs {Inter, Tp,
// Fun...} whose entries are wrappers taking the data word, dynamic calls
// loading the code from the itab, boxing of non-pointer values, type
// assertions comparing descriptors and panicking through gs_panicdottype,
// conversions to non-empty interfaces through gs_getitab.
package main

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

// CHECK-DAG: @"type:main.Sq" = internal constant %gs.Type { i64 8, i64 0, i8 8, i8 25, i8 0, i8 1, ptr @"hash:main.Sq", ptr @"eq:main.Sq", ptr @str
// CHECK-DAG: @"itab:main.Sq,main.Shape" = internal constant { ptr, ptr, [1 x ptr] } { ptr @"type:main.Shape", ptr @"type:main.Sq", [1 x ptr] [ptr @"main.Sq.Area\C2\B7iface"] }

// CHECK-LABEL: define i64 @main.area(ptr %0, { ptr, ptr } %1)
// CHECK: call void @gs_panic_nil()
// CHECK: getelementptr inbounds ptr, ptr %{{.*}}, i64 2
// CHECK: call i64 %{{.*}}(ptr null, ptr %{{.*}})
func area(s Shape) int { return s.Area() }

// CHECK-LABEL: define { ptr, ptr } @main.box(
// CHECK: call noalias ptr @gs_newobject(ptr @"type:main.Sq")
// CHECK: insertvalue { ptr, ptr } { ptr @"itab:main.Sq,main.Shape", ptr undef }
func box(n int) Shape { return Sq{n} }

// CHECK-LABEL: define { i64, i1 } @main.assert(
// CHECK: icmp eq ptr %{{.*}}, @"type:main.Sq"
// CHECK: assert.load:
func assert(x any) (int, bool) {
	s, ok := x.(Sq)
	return s.S, ok
}

// CHECK-LABEL: define { ptr, ptr } @main.toShape(
// CHECK: call ptr @gs_assertE2I(ptr @"type:main.Shape",
func toShape(x any) Shape { return x.(Shape) }

// CHECK-LABEL: define internal i64 @"main.Sq.Area\C2\B7iface"(ptr %0, ptr %1)
// CHECK: load { i64 }, ptr %1
// CHECK: call i64 @main.Sq.Area(ptr null,
func main() {
	n, _ := assert(Sq{2})
	println(area(box(3)), n, toShape(Sq{1}).Area())
}
