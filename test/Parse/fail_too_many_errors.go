// RUN: not %goscape check %s 2>&1 | FileCheck %s
// RUN: not %goscape check -e %s 2>&1 | FileCheck --check-prefix=ALL %s
// gc stops after ten errors and says so at the position of the tenth;
// -e lifts the limit.
// CHECK: # command-line-arguments
// CHECK-NEXT: {{.*}}fail_too_many_errors.go:33:18: syntax error: unexpected }, expecting expression
// CHECK-NEXT: {{.*}}fail_too_many_errors.go:34:18: syntax error: unexpected }, expecting expression
// CHECK-NEXT: {{.*}}fail_too_many_errors.go:35:18: syntax error: unexpected }, expecting expression
// CHECK-NEXT: {{.*}}fail_too_many_errors.go:36:18: syntax error: unexpected }, expecting expression
// CHECK-NEXT: {{.*}}fail_too_many_errors.go:37:18: syntax error: unexpected }, expecting expression
// CHECK-NEXT: {{.*}}fail_too_many_errors.go:38:18: syntax error: unexpected }, expecting expression
// CHECK-NEXT: {{.*}}fail_too_many_errors.go:39:18: syntax error: unexpected }, expecting expression
// CHECK-NEXT: {{.*}}fail_too_many_errors.go:40:18: syntax error: unexpected }, expecting expression
// CHECK-NEXT: {{.*}}fail_too_many_errors.go:41:18: syntax error: unexpected }, expecting expression
// CHECK-NEXT: {{.*}}fail_too_many_errors.go:42:18: syntax error: unexpected }, expecting expression
// CHECK-NEXT: {{.*}}fail_too_many_errors.go:42:18: too many errors
// ALL: # command-line-arguments
// ALL-NEXT: {{.*}}fail_too_many_errors.go:33:18: syntax error: unexpected }, expecting expression
// ALL-NEXT: {{.*}}fail_too_many_errors.go:34:18: syntax error: unexpected }, expecting expression
// ALL-NEXT: {{.*}}fail_too_many_errors.go:35:18: syntax error: unexpected }, expecting expression
// ALL-NEXT: {{.*}}fail_too_many_errors.go:36:18: syntax error: unexpected }, expecting expression
// ALL-NEXT: {{.*}}fail_too_many_errors.go:37:18: syntax error: unexpected }, expecting expression
// ALL-NEXT: {{.*}}fail_too_many_errors.go:38:18: syntax error: unexpected }, expecting expression
// ALL-NEXT: {{.*}}fail_too_many_errors.go:39:18: syntax error: unexpected }, expecting expression
// ALL-NEXT: {{.*}}fail_too_many_errors.go:40:18: syntax error: unexpected }, expecting expression
// ALL-NEXT: {{.*}}fail_too_many_errors.go:41:18: syntax error: unexpected }, expecting expression
// ALL-NEXT: {{.*}}fail_too_many_errors.go:42:18: syntax error: unexpected }, expecting expression
// ALL-NEXT: {{.*}}fail_too_many_errors.go:43:19: syntax error: unexpected }, expecting expression
// ALL-NEXT: {{.*}}fail_too_many_errors.go:44:19: syntax error: unexpected }, expecting expression
// ALL-NOT: too many errors
package p

func f0() { x := }
func f1() { x := }
func f2() { x := }
func f3() { x := }
func f4() { x := }
func f5() { x := }
func f6() { x := }
func f7() { x := }
func f8() { x := }
func f9() { x := }
func f10() { x := }
func f11() { x := }
