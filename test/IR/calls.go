// RUN: %goscape ssa %s | FileCheck %s
// Calls by mode: static, closure, interface method (invoke), external
// library function, static method call with the receiver as argument 0.
package p

import "fmt"

type S struct{ v int }

func (s S) Get() int   { return s.v }
func (s *S) Set(v int) { s.v = v }

type Getter interface{ Get() int }

func g(x int) int { return x }

func calls(f func(int) int, i Getter) {
	var s S
	s.Set(g(1))
	_ = f(2)
	_ = i.Get()
	_ = s.Get()
	fmt.Println(s)
}

// CHECK-LABEL: func calls(%f func(int) int, %i Getter) ; 17:6
// CHECK: %t1 = call @g(1:int) ; 19:9
// CHECK: call @(*S).Set(%t0, %t1) ; 19:7
// CHECK: %t2 = call %f(2:int) ; 20:7
// CHECK: %t3 = invoke %i.Get() ; 21:11
// CHECK: %t5 = call @S.Get(%t4) ; 22:11
// CHECK: %t11 = call @fmt.Println(%t10) ; 23:13
