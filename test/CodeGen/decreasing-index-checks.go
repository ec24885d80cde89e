// RUN: %goscape llvm -O2 %s | FileCheck %s
// RUN: %goscape build -O2 -o %t %s
// RUN: %t | FileCheck --check-prefix=OUT %s
// A loop's bounds check of an index that only falls and stays
// non-negative is made once, on the loop's entry edge, with the panic
// arguments of the first iteration (DecreasingIndexChecks.cpp).
package main

import "fmt"

// CHECK-LABEL: define void @main.reverse
// CHECK: [[HEADER:[a-z.]+]].check:
// CHECK-NEXT: [[FIRST:%.*]] = icmp ult i64 %2, %3
// CHECK-NEXT: br i1 [[FIRST]], label %[[HEADER]], label %[[PANIC:.*]]
// CHECK: [[HEADER]]:
// CHECK-NOT: icmp ult
// CHECK: {{^}}[[PANIC]]:
// CHECK-NEXT: call void @gs_panic_index(i64 %2, i64 %3)
// CHECK-NOT: gs_panic_index
// CHECK: {{^}}}
// reverse swaps s[i] and s[j] while i < j: j falls from k and, being
// greater than i >= 0, stays in bounds once k is.
func reverse(s []int, k int) {
	for i, j := 0, k; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// CHECK-LABEL: define noundef i64 @main.sumDown
// CHECK: {{^}}ok:
// CHECK: icmp ult i64 %{{.*}}, %3
// CHECK: {{^}}}
// sumDown's index goes below zero before the loop ends: each iteration
// keeps its check.
func sumDown(s []int, k int) int {
	t := 0
	for j := k; j > -3; j-- {
		t += s[j]
	}
	return t
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	reverse(s, 4)
	fmt.Println(s)
	reverse(s, 2)
	fmt.Println(s)
	try(func() { reverse(s, 7) })
	fmt.Println(s)
	try(func() { fmt.Println(sumDown(s, 4)) })
	try(func() { fmt.Println(sumDown(s, 9)) })
}

// OUT: [5 4 3 2 1]
// OUT-NEXT: [3 4 5 2 1]
// OUT-NEXT: recovered: runtime error: index out of range [7] with length 5
// OUT-NEXT: [3 4 5 2 1]
// OUT-NEXT: recovered: runtime error: index out of range [-1]
// OUT-NEXT: recovered: runtime error: index out of range [9] with length 5
