// RUN: %goscape llvm -O2 %s | FileCheck %s
// RUN: %goscape build -O2 -o %t %s
// RUN: %t 2>&1 | FileCheck --check-prefix=OUT %s
// Small library operations inlined as gc inlines them (InlineLibrary.cpp):
// comparisons with constant strings and HasPrefix with a constant prefix
// are a length test and a constant-size memcmp; Builder writes that fit
// copy in place and call the runtime only to grow (or to panic on a
// copied builder).
package main

import (
	"fmt"
	"strings"
)

// CHECK-LABEL: define {{.*}} @main.isKw(
// CHECK-NOT: gs_eqstring
// CHECK: bcmp(
// CHECK-NOT: gs_eqstring
// CHECK-LABEL: define {{.*}} @main.qe(
func isKw(s string) bool { return s == "func" || "" == s || s == "if" }

// CHECK-NOT: gs_strings_HasPrefix
// CHECK: bcmp(
// CHECK-NOT: gs_strings_HasPrefix
// CHECK-LABEL: define {{.*}} @main.build(
func qe(s string) bool { return strings.HasPrefix(s, "qe") }

// CHECK-DAG: store i8 44,
// CHECK-DAG: call void @llvm.memcpy
// CHECK-DAG: call void @gs_strings_Builder_WriteByte(
// CHECK-DAG: call void @gs_strings_Builder_WriteString(
// CHECK-LABEL: define {{.*}} @main.main(
func build(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(p)
	}
	return b.String()
}

func main() {
	// OUT: true false false true true false
	fmt.Println(isKw("func"), isKw("fun"), isKw("funcs"), isKw(""), isKw("if"), isKw("iff"))
	// OUT-NEXT: true false true false false true
	fmt.Println(qe("qe"), qe("q"), qe("qex"), qe("xqe"), qe(""), strings.HasPrefix("abc", ""))
	// OUT-NEXT: a,bb,,xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
	fmt.Println(build([]string{"a", "bb", "", strings.Repeat("x", 40)}))
	var b strings.Builder
	n, err := b.WriteString("hello")
	// OUT-NEXT: 5 <nil> <nil> 6 8
	fmt.Println(n, err, b.WriteByte(' '), b.Len(), b.Cap())
	c := b // a copy: its first write panics
	// OUT-NEXT: recovered: strings: illegal use of non-zero Builder copied by value
	defer func() { fmt.Println("recovered:", recover()) }()
	c.WriteByte('x')
}
