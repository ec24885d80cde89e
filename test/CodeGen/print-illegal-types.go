// RUN: not %goscape build -o %t %s 2>&1 | FileCheck %s
// print and println take no arrays or structs: gc's back end reports each
// such operand at the call's `(`, with the type on a line of its own, and
// builds nothing (the type checker accepts them).
// CHECK: # command-line-arguments
package main

type P struct{ a int }

func main() {
	var a [3]interface{}
	p := P{1}
	println(a, 1, p, &p, []int{1}) // CHECK-NEXT: print-illegal-types.go:[[@LINE]]:9: illegal types for operand: print
	// CHECK-NEXT: {{^}}	[3]interface {}{{$}}
	// CHECK-NEXT: print-illegal-types.go:[[@LINE-2]]:9: illegal types for operand: print
	// CHECK-NEXT: {{^}}	P{{$}}
	print(struct{}{}) // CHECK-NEXT: print-illegal-types.go:[[@LINE]]:7: illegal types for operand: print
	// CHECK-NEXT: {{^}}	struct {}{{$}}
}
// CHECK-NOT: {{.}}
