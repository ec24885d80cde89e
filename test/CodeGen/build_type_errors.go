// RUN: not %goscape build -o %t.exe %s 2>&1 | FileCheck %s
// RUN: not test -e %t.exe
// `goscape build` reports type errors exactly as `go build` does (header,
// positions sorted, gc's wording) and writes no executable.
package main

import "strings"

func add(a, b int) int { return a + b }

func main() {
	var x int = "hello"
	println(add(1))
	println(strings.ToTitle(" x "))
	y := undefinedVar + x
}

// CHECK: # command-line-arguments
// CHECK-NEXT: build_type_errors.go:12:14: cannot use "hello" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: build_type_errors.go:13:14: not enough arguments in call to add
// CHECK-NEXT: have (number)
// CHECK-NEXT: want (int, int)
// CHECK-NEXT: build_type_errors.go:14:18: strings.ToTitle is not supported by goscape
// CHECK-NEXT: build_type_errors.go:15:7: undefined: undefinedVar
// CHECK-NOT: {{.}}
