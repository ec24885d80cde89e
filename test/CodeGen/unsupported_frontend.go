// RUN: not %goscape build -o %t %s 2>&1 | FileCheck %s
// Generics and complex numbers stop `goscape build` in the front end: each
// construct is reported at its position, gc-style, and nothing is built.
package main

import "fmt"

type Box[T any] struct{ v T }

func Double[T any](x T) T { return x }

func main() {
	c := 3i
	z := 1 + 2i
	fmt.Println(c, z)
}

// CHECK: # command-line-arguments
// CHECK-NEXT: unsupported_frontend.go:8:6: generics are not supported by goscape
// CHECK-NEXT: unsupported_frontend.go:10:6: generics are not supported by goscape
// CHECK-NEXT: unsupported_frontend.go:13:7: complex numbers are not supported by goscape
// CHECK-NEXT: unsupported_frontend.go:14:11: complex numbers are not supported by goscape
// CHECK-NOT: {{.}}
