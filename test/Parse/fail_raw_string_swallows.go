// RUN: not %goscape check %s 2>&1 | FileCheck %s
// An unterminated raw string swallows the rest of the file.
// CHECK: # command-line-arguments
// CHECK-NEXT: {{.*}}fail_raw_string_swallows.go:9:10: string not terminated
// CHECK-NEXT: {{.*}}fail_raw_string_swallows.go:11:1: syntax error: unexpected EOF in argument list; possibly missing comma or )
package p

func f() {
	println(`abc)
}
