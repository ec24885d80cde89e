// RUN: not %goscape run %s 2>&1 | FileCheck %s --implicit-check-not=lib
// go run names a package given as files command-line-arguments, whatever
// its package clause says, and exits 1.
// CHECK: package command-line-arguments is not a main package
package lib

func F() int { return 1 }
