// RUN: not %goscape check %s 2>&1 | FileCheck %s
// A string literal cannot span lines (an ERROR annotation on that line
// would end up inside the string, hence FileCheck).
// CHECK: # command-line-arguments
// CHECK-NEXT: {{.*}}fail_string_newline.go:8:13: newline in string
package p

var x = "abc
var y = 1
