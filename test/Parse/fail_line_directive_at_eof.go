// RUN: not %goscape check %s 2>&1 | FileCheck %s
// A file that ends in a //line comment without a newline: the end of the
// file comes after the comment, so the directive applies to it, one line
// before the line it names (gc: syntax.Pos.RelLine in unsigned arithmetic).
// CHECK: # command-line-arguments
// CHECK-NEXT: a.go:0: syntax error: package statement must be first
// CHECK-EMPTY:
//line a.go:1