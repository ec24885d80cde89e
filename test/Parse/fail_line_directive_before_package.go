// RUN: not %goscape check %s 2>&1 | FileCheck %s
// A line directive before the package clause applies to the whole file;
// its column holds only for the rest of the package clause's line.
// CHECK: # command-line-arguments
// CHECK-NEXT: pre.go:53:2: x declared but not used
// CHECK-NEXT: pre.go:56:13: cannot use "s" (untyped string constant) as int value in variable declaration
// CHECK-EMPTY:
//line pre.go:50:3
package p

func f() {
	x := 1
}

var y int = "s"
