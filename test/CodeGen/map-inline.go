// RUN: %goscape llvm -O2 %s | FileCheck %s
// RUN: %goscape llvm -O0 %s | FileCheck --check-prefix=O0 %s
// At -O1/-O2 lookups of 4- and 8-byte keys are the runtime's inline halves
// (goscape-rt/MapInline.h, linked in from goscape-map-inline.bc): the
// probe of the key's bucket chain is inlined (tophash match, key compare)
// and only the complete out-of-line lookup is called, for what the probe
// cannot answer (growth in progress, the write flag set).
// At -O0 nothing is linked in and the entry points are called.
package main

// CHECK-LABEL: define i64 @main.get(
// CHECK-NOT: @gs_mapaccess1_fast64
// CHECK: @llvm.cttz.i32
// CHECK-NOT: @gs_mapaccess1_fast64
// CHECK: call {{.*}}ptr @_ZN2gs2rt16mapaccess1Fast64EPKNS_7MapTypeEPNS_4HmapEm(ptr {{.*}}@"maptype:map[int64]int64"
// CHECK-NOT: @gs_mapaccess1_fast64
// CHECK: ret i64
// O0-LABEL: define i64 @main.get(
// O0: call ptr @gs_mapaccess1_fast64(
//go:noinline
func get(m map[int64]int64, k int64) int64 {
	return m[k]
}

// CHECK-LABEL: define i1 @main.has(
// CHECK-NOT: @gs_mapaccess2_fast32
// CHECK: call {{.*}}ptr @_ZN2gs2rt16mapaccess2Fast32EPbPKNS_7MapTypeEPNS_4HmapEj(
// CHECK-NOT: @gs_mapaccess2_fast32
// CHECK: ret i1
// O0-LABEL: define i1 @main.has(
// O0: call ptr @gs_mapaccess2_fast32(
//go:noinline
func has(m map[int32]bool, k int32) bool {
	_, ok := m[k]
	return ok
}

// No definition of the inline halves is left in the module.
// CHECK-NOT: define {{.*}}@gs_mapaccess
// CHECK-NOT: define {{.*}}@_ZN2gs2rt
func main() {
	m := map[int64]int64{1: 2}
	n := map[int32]bool{3: true}
	println(get(m, 1), has(n, 3))
}
