// RUN: not %goscape build -o %t %s 2>&1 | FileCheck %s
// Goroutines and channels are analysed but not compiled yet: each use is
// reported at its position, and nothing is built.
package main

func work() {}

func main() {
	go work()
	c := make(chan int, 1)
	c <- 1
	println(<-c)
}

// CHECK: # command-line-arguments
// CHECK-NEXT: unsupported.go:9:2: goroutines are not supported by goscape code generation yet
// CHECK-NEXT: unsupported.go:10:11: channels are not supported by goscape code generation yet
// CHECK-NEXT: unsupported.go:11:4: channels are not supported by goscape code generation yet
// CHECK-NEXT: unsupported.go:12:10: channels are not supported by goscape code generation yet

// RUN: not %goscape build -o %t %S/Inputs/unsafe.go 2>&1 | FileCheck --check-prefix=UNSAFE %s
// UNSAFE: unsafe.go:10:21: unsafe.Pointer conversions are not supported by goscape code generation yet
// UNSAFE: unsafe.go:11:2: select statements are not supported by goscape code generation yet
