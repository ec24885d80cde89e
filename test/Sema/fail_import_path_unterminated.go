// RUN: not %goscape check %s 2>&1 | FileCheck %s
// An import path literal the lexer rejected is not imported (types2 skips
// it): the lexer's error is the only one.
// CHECK: # command-line-arguments
// CHECK-NEXT: {{.*}}fail_import_path_unterminated.go:9:12: newline in string
// CHECK-EMPTY:
package p

import "fmt
