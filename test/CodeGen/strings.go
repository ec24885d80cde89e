// RUN: %goscape llvm -O0 %s | FileCheck %s
// Strings and slices: headers as {ptr, i64[, i64]}, comparisons and
// concatenation through the runtime, bounds-checked indexing and slicing
// with Go's panics, append growing through gs_growslice only past the
// capacity, string(rune) and []byte conversions, range over a string
// decoding ASCII inline.
package main

// CHECK-LABEL: define i1 @main.eq(ptr %0, { ptr, i64 } %1, { ptr, i64 } %2)
// CHECK: call zeroext i1 @gs_eqstring(
// CHECK: call i64 @gs_cmpstring(
func eq(a, b string) bool { return a == b || a < b }

// CHECK-LABEL: define { ptr, i64 } @main.cat(
// CHECK: call void @gs_concatstrings(ptr %{{.*}}, ptr {{.*}}, ptr %{{.*}}, i64 3)
func cat(a, b string) string { return a + "-" + b }

// CHECK-LABEL: define i64 @main.at(
// CHECK: icmp uge i64
// CHECK: call void @gs_panic_index(
// CHECK: getelementptr inbounds i64
func at(s []int, i int) int { return s[i] }

// CHECK-LABEL: define { ptr, i64, i64 } @main.sub(
// CHECK: call void @gs_panic_bounds(i8 zeroext 2,
// CHECK: call void @gs_panic_bounds(i8 zeroext 3,
func sub(s []int, i, j int) []int { return s[i:j] }

// CHECK-LABEL: define { ptr, i64, i64 } @main.push(
// CHECK: icmp ugt i64
// CHECK: grow:
// CHECK: call void @gs_growslice(ptr %{{.*}}, ptr @gs_type_int,
// CHECK: appended:
// CHECK: phi ptr
func push(s []int, v int) []int { return append(s, v) }

// CHECK-LABEL: define { ptr, i64 } @main.runeStr(
// CHECK: call void @gs_intstring(
func runeStr(r rune) string { return string(r) }

// CHECK-LABEL: define { ptr, i64, i64 } @main.bytes(
// CHECK: call void @gs_stringtoslicebyte(
func bytes(s string) []byte { return []byte(s) }

// CHECK-LABEL: define i64 @main.count(
// CHECK: icmp ult i8 %{{.*}}, -128
// CHECK: call void @gs_decoderune(
func count(s string) int {
	n := 0
	for _, r := range s {
		n += int(r)
	}
	return n
}

func main() {
	println(eq("a", "b"), cat("x", "y"), at([]int{1}, 0), len(sub([]int{1, 2}, 0, 1)),
		len(push(nil, 1)), runeStr('x'), len(bytes("ab")), count("hé"))
}
