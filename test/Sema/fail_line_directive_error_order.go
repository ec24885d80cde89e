// RUN: not %goscape check %s 2>&1 | FileCheck %s
// gc sorts errors by position base (the file, or the line directive in
// effect) in the order each base got its first error, then by position in
// the file: the package-level error after the directive is checked first.
// CHECK: # command-line-arguments
// CHECK-NEXT: a.go:1: cannot use "pkg" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_line_directive_error_order.go:12:14: cannot use "body" (untyped string constant) as int value in variable declaration
// CHECK-EMPTY:
package p

func f() {
	var x int = "body"
	_ = x
}

//line a.go:1
var y int = "pkg"
