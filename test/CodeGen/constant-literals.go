// RUN: %goscape llvm -O0 %s | FileCheck %s
// RUN: %goscape llvm -O2 %s | FileCheck --check-prefix=OPT %s
// A composite literal of at least 64 constants is copied from a private
// constant global with one memcpy instead of one store per element
// (ConstantStores.cpp), at every optimization level; a short literal
// keeps its stores.
package main

// CHECK-DAG: @main.table.lit = private unnamed_addr constant [70 x i64] [i64 1, i64 4, i64 7,
// CHECK-DAG: @main.names.lit = private unnamed_addr constant <{{[{]}} ptr, i64, ptr, i64,

// CHECK-LABEL: define {{.*}} @main.table(
// CHECK-NOT: store i64 {{[0-9]+}}, ptr
// CHECK: call void @llvm.memcpy.p0.p0.i64(ptr align 8 %{{[0-9]+}}, ptr align 8 @main.table.lit, i64 560, i1 false)
// CHECK-NOT: store i64 {{[0-9]+}}, ptr
// CHECK: ret
func table(i int) int {
	t := [...]int{1, 4, 7, 10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46, 49, 52, 55, 58, 61, 64, 67, 70, 73, 76, 79, 82, 85, 88, 91, 94, 97, 100, 103, 106, 109, 112, 115, 118, 121, 124, 127, 130, 133, 136, 139, 142, 145, 148, 151, 154, 157, 160, 163, 166, 169, 172, 175, 178, 181, 184, 187, 190, 193, 196, 199, 202, 205, 208}
	return t[i]
}

// CHECK-LABEL: define {{.*}} @main.names(
// CHECK: call void @llvm.memcpy.p0.p0.i64({{.*}} @main.names.lit, i64 1120, i1 false)
// CHECK: ret
func names() []string {
	return []string{"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "s12", "s13", "s14", "s15", "s16", "s17", "s18", "s19", "s20", "s21", "s22", "s23", "s24", "s25", "s26", "s27", "s28", "s29", "s30", "s31", "s32", "s33", "s34", "s35", "s36", "s37", "s38", "s39", "s40", "s41", "s42", "s43", "s44", "s45", "s46", "s47", "s48", "s49", "s50", "s51", "s52", "s53", "s54", "s55", "s56", "s57", "s58", "s59", "s60", "s61", "s62", "s63", "s64", "s65", "s66", "s67", "s68", "s69"}
}

// CHECK-LABEL: define {{.*}} @main.short(
// CHECK: store i64 5
// CHECK: store i64 6
// CHECK-NOT: memcpy
// CHECK: ret
func short(i int) int {
	t := [...]int{5, 6, 7}
	return t[i]
}

// OPT: private unnamed_addr constant [70 x i64]
// OPT-LABEL: define {{.*}} @main.main(
func main() {
	println(table(3), len(names()), short(1))
}
