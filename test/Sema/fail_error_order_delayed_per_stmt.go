// RUN: not %goscape check %s 2>&1 | FileCheck %s
// types2 runs the checks a statement queued (map key comparability, local
// type cycles) when that statement ends: their errors come before the next
// statement's, within the limit of ten.

package p

func f() {
	var a int = "a"
	var b int = "b"
	var c int = "c"
	var d int = "d"
	var e int = "e"
	var g int = "g"
	var m map[[]int]int
	type T struct{ T }
	var j int = "j"
	var k int = "k"
}

// CHECK: # command-line-arguments
// CHECK-NEXT: {{.*}}fail_error_order_delayed_per_stmt.go:9:14: cannot use "a" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_delayed_per_stmt.go:10:14: cannot use "b" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_delayed_per_stmt.go:11:14: cannot use "c" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_delayed_per_stmt.go:12:14: cannot use "d" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_delayed_per_stmt.go:13:14: cannot use "e" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_delayed_per_stmt.go:14:14: cannot use "g" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_delayed_per_stmt.go:15:12: invalid map key type []int
// CHECK-NEXT: {{.*}}fail_error_order_delayed_per_stmt.go:16:7: invalid recursive type T
// CHECK-NEXT: {{\t}}{{.*}}fail_error_order_delayed_per_stmt.go:16:7: T refers to
// CHECK-NEXT: {{\t}}{{.*}}fail_error_order_delayed_per_stmt.go:16:7: T
// CHECK-NEXT: {{.*}}fail_error_order_delayed_per_stmt.go:17:14: cannot use "j" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_delayed_per_stmt.go:18:14: cannot use "k" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_error_order_delayed_per_stmt.go:18:14: too many errors
// CHECK-NOT: {{.}}
