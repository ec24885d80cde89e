// RUN: not %goscape check %s 2>&1 | FileCheck %s
// gc keeps 8 bits of a position's column: an error from column 255 on is
// printed without a column, and so is one whose column a line directive
// pushes past 254.
// CHECK: # command-line-arguments
// CHECK-NEXT: {{.*}}fail_column_past_254.go:12:254: '_' must separate successive digits
// CHECK-NEXT: {{.*}}fail_column_past_254.go:13: '_' must separate successive digits
// CHECK-NEXT: far.go:5: '_' must separate successive digits
// CHECK-EMPTY:
package p

var a =                                                                                                                                                                                                                                                    1__0
var b =                                                                                                                                                                                                                                                     1__0
/*line far.go:5:250*/ var c = 1__0
