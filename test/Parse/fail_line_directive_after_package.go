// RUN: not %goscape check %s 2>&1 | FileCheck %s
// A malformed line directive right after the package clause is an error
// of the package clause, after which gc gives up on the file (the type
// error below is not reported).
// CHECK: # command-line-arguments
// CHECK-NEXT: {{.*}}fail_line_directive_after_package.go:10:15: invalid line number: x
// CHECK-EMPTY:
package p

//line pre.go:x
var y int = "s"
