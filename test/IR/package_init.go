// RUN: %goscape ssa %s | FileCheck %s
// Package initialization: variable initializers in dependency order, then
// the init functions in source order.
package p

var a = b + 1
var b = f()
var c, d = g()

func f() int        { return 2 }
func g() (int, int) { return 3, 4 }

func init() { a++ }
func init() { b++ }

// CHECK: var @a int ; 6:5
// CHECK: var @b int ; 7:5
// CHECK: var @c int ; 8:5
// CHECK: var @d int ; 8:8
// CHECK-LABEL: func init#1() ; 13:6
// CHECK: %t0 = *@a ; 13:16 synthetic
// CHECK: store *@a = %t1 ; 13:16
// CHECK-LABEL: func init#2() ; 14:6
// CHECK: %t0 = *@b ; 14:16 synthetic
// CHECK: store *@b = %t1 ; 14:16
// CHECK-LABEL: func init()
// CHECK: %t0 = call @f() ; 7:10
// CHECK: store *@b = %t0 ; 7:10
// CHECK: %t1 = *@b ; 6:9 synthetic
// CHECK: store *@a = %t2 ; 6:11
// CHECK: %t3 = call @g() ; 8:13
// CHECK: store *@c = %t4 ; 8:13
// CHECK: store *@d = %t5 ; 8:13
// CHECK: call @init#1() ; 13:6 synthetic
// CHECK: call @init#2() ; 14:6 synthetic
