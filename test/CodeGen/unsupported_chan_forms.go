// RUN: not %goscape build -o %t %s 2>&1 | FileCheck %s
// More channel and goroutine forms code generation rejects at their
// positions: close, range over a channel, a go statement with a closure in
// a loop, and select with a default case.
package main

func main() {
	ch := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(v int) { println(v) }(i)
	}
	close(ch)
	for v := range ch {
		println(v)
	}
	select {
	default:
		println("idle")
	}
}

// (The order of these lines is not checked: gc would sort them by position.)
// CHECK: # command-line-arguments
// CHECK-DAG: unsupported_chan_forms.go:8:12: channels are not supported by goscape code generation yet
// CHECK-DAG: unsupported_chan_forms.go:10:3: goroutines are not supported by goscape code generation yet
// CHECK-DAG: unsupported_chan_forms.go:12:7: channels are not supported by goscape code generation yet
// CHECK-DAG: unsupported_chan_forms.go:13:11: channels are not supported by goscape code generation yet
// CHECK-DAG: unsupported_chan_forms.go:16:2: select statements are not supported by goscape code generation yet
