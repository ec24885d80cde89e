// RUN: cd %S && not %goscape build -o %t missing-body.go 2>&1 | FileCheck %s --implicit-check-not=error
// A function of package main declared without a body has no code to link:
// gc's `missing function body` at each such name (before any code is
// generated; an analysed-only package accepts them), exit 1.
// CHECK: # command-line-arguments
// CHECK-NEXT: ./missing-body.go:11:6: missing function body
// CHECK-NEXT: ./missing-body.go:13:6: missing function body
// CHECK-NOT: {{.}}
package main

func f(x int) int

func main()

func g() { println(f(1)) }
