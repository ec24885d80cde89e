// RUN: not %goscape check %s 2>&1 | FileCheck %s
// A position quoted inside a message (types2's syntax.Pos.String) is the
// one a line directive gives, followed by the real one in brackets, with
// the file's absolute path, wherever the two differ.
// CHECK: # command-line-arguments
// CHECK-NEXT: bar.go:20:9: x redeclared in this block
// CHECK-NEXT: {{^}}	foo.go:10[{{/.*}}/fail_line_directive_other_declaration.go:14:5]: other declaration of x
// CHECK-NEXT: bar.go:23:5: y redeclared in this block
// CHECK-NEXT: {{^}}	bar.go:22:5[{{/.*}}/fail_line_directive_other_declaration.go:19:5]: other declaration of y
// CHECK-EMPTY:
package p

//line foo.go:10
var x int

//line bar.go:20:5
var x int

var y int
var y int
