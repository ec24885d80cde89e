// RUN: not %goscape check %s 2>&1 | FileCheck %s
// gc's parser checks labels and branches before type checking: their errors
// count first towards the limit of ten.

package p

func f(s []int) int {
	var a int = "a"
	var b int = "b"
	var c int = "c"
	var d int = "d"
	var e int = "e"
	var g int = "g"
	var h int = "h"
	var i int = "i"
	var m map[[]int]int
	type T struct{ T }
	var j int = "j"
	goto M
L:
	return 0
}

// CHECK: # command-line-arguments
// CHECK-NEXT: {{.*}}fail_error_order_branches_first.go:8:14: cannot use "a" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_branches_first.go:9:14: cannot use "b" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_branches_first.go:10:14: cannot use "c" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_branches_first.go:11:14: cannot use "d" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_branches_first.go:12:14: cannot use "e" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_branches_first.go:13:14: cannot use "g" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_branches_first.go:14:14: cannot use "h" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_branches_first.go:15:14: cannot use "i" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_branches_first.go:19:7: label M not defined
// CHECK-NEXT: {{.*}}fail_error_order_branches_first.go:20:1: label L defined and not used
// CHECK-NEXT: {{.*}}fail_error_order_branches_first.go:15:14: too many errors
// CHECK-NOT: {{.}}
