// RUN: not %goscape build -o %t %s 2>&1 | FileCheck %s
// Code generation's errors come sorted by position, as gc sorts its
// errors, whatever order the functions (here main, later, then main's
// closure) are compiled in.
// CHECK: # command-line-arguments
package main

func main() {
	ch := make(chan int) // CHECK-NEXT: errors-sorted.go:[[@LINE]]:12: channels are not supported by goscape code generation yet
	go func() { // CHECK-NEXT: errors-sorted.go:[[@LINE]]:2: goroutines are not supported by goscape code generation yet
		go later() // CHECK-NEXT: errors-sorted.go:[[@LINE]]:3: goroutines are not supported by goscape code generation yet
	}()
	close(ch) // CHECK-NEXT: errors-sorted.go:[[@LINE]]:7: channels are not supported by goscape code generation yet
}

func later() {
	go println() // CHECK-NEXT: errors-sorted.go:[[@LINE]]:2: goroutines are not supported by goscape code generation yet
}
