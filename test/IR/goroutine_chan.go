// RUN: %goscape ssa %s | FileCheck %s
// Goroutines and channels: make chan, go, send, receive, close.
package p

func worker(c chan int) { c <- 1 }

func run() int {
	c := make(chan int, 1)
	go worker(c)
	go func() { close(c) }()
	return <-c
}

// CHECK-LABEL: func worker(%c chan int) ; 5:6
// CHECK: send %c <- 1:int ; 5:29
// CHECK-LABEL: func run() int ; 7:6
// CHECK: %t1 = makechan chan int 1:int ; 8:11 undecided
// CHECK: go call @worker(%t2) ; 9:2
// CHECK: %t3 = makeclosure @run$1 [%t0] ; 10:5 undecided
// CHECK: go call %t3() ; 10:2
// CHECK: %t5 = <-%t4 ; 11:9
// CHECK-LABEL: func run$1() ; 10:5 parent run
// CHECK: builtin close(%t0) ; 10:19
