// RUN: %goscape llvm -O0 %s | FileCheck %s
// Maps: gs::MapType storage filled by gs_maptype_init in the C main, the
// _fast32/_fast64/_faststr entry points for those key kinds and generic
// ones with the key passed by address, comma-ok through the Present
// out-parameter, iteration over a stack Hiter,
// and a non-escaping map's header and first bucket (after its tophash
// index word) on the stack.
package main

// CHECK-LABEL: define i64 @main.sum(
// The first bucket (26 words for map[string]int) follows its tophash index
// word: the runtime gets the address 8 bytes into the storage.
// CHECK: %[[HDR:.*]] = alloca [6 x i64]
// CHECK: %[[STORE:.*]] = alloca [27 x i64]
// CHECK: %[[BUCKET:.*]] = getelementptr inbounds i8, ptr %[[STORE]], i64 8
// CHECK: call ptr @gs_makemap(ptr @"maptype:map[string]int", i64 0, ptr %[[HDR]], ptr %[[BUCKET]])
// CHECK-DAG: call ptr @gs_mapassign_faststr(ptr @"maptype:map[string]int",
// CHECK-DAG: call ptr @gs_mapaccess2_faststr(ptr %[[OK:.*]], ptr @"maptype:map[string]int",
// CHECK-DAG: load i8, ptr %[[OK]]
// CHECK-DAG: call ptr @gs_mapaccess1_fast64(ptr @"maptype:map[int]bool",
// CHECK-DAG: call ptr @gs_mapassign_fast32(ptr @"maptype:map[int32]int8",
// CHECK-DAG: call ptr @gs_mapaccess1_fat(ptr @"maptype:map{{\[}}{{\[}}2]int]int",{{.*}}, ptr @mapzero
// CHECK-DAG: call void @gs_mapiterinit(
// CHECK-DAG: call void @gs_mapiternext(
// CHECK-DAG: call void @gs_mapdelete_faststr(
func sum() int {
	m := map[string]int{}
	m["a"] = 1
	if v, ok := m["a"]; ok {
		m["b"] = v + 1
	}
	t := 0
	for _, v := range m {
		t += v
	}
	delete(m, "a")
	seen := map[int]bool{}
	if seen[3] {
		t++
	}
	small := map[int32]int8{}
	small[1] = 2
	byArr := map[[2]int]int{}
	return t + len(m) + len(seen) + byArr[[2]int{}] + int(small[1])
}

// CHECK-LABEL: define i32 @main(i32 %0, ptr %1)
// CHECK: call void @gs_runtime_start(
// CHECK: call void @gs_maptype_init(ptr @"maptype:map[string]int", ptr @gs_type_string, ptr @gs_type_int)
// CHECK: call void @main.init(ptr null)
// CHECK: call void @main.main(ptr null)
// CHECK: call void @gs_exit(i64 0)
func main() { println(sum()) }
