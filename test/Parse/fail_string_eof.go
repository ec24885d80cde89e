// RUN: not %goscape check %s 2>&1 | FileCheck %s
// A string literal that runs into the end of the file.
// CHECK: # command-line-arguments
// CHECK-NEXT: {{.*}}fail_string_eof.go:7:9: string not terminated
package p

var x = "abc