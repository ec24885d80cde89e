// RUN: not %goscape check -e %s 2>&1 | FileCheck %s
// Malformed line directives, as gc's parser reports them: a last part that
// is not a number, a line or column of 0 or above 2^30. They are not syntax
// errors (type checking goes on) and leave the previous directive in effect.
// Without a colon, with blanks before `//line`, or without the blank after
// `line`, the comment is no directive at all.
// CHECK: # command-line-arguments
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:37:15: invalid line number: 0
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:38:13: cannot use "a" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:39:15: invalid line number: x
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:40:13: cannot use "b" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:41:18: invalid column number: 0
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:42:13: cannot use "c" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:43:18: invalid line number: y
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:44:13: cannot use "d" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:46:13: cannot use "e" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:47:9: invalid line number: 
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:48:13: cannot use "f" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:49:15: invalid line number: 1073741825
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:50:13: cannot use "g" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:51:17: invalid column number: 1073741825
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:52:13: cannot use "h" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:54:13: cannot use "i" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: {{.*}}fail_line_directive_invalid.go:56:13: cannot use "j" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: baz.go:7: cannot use "k" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: baz.go:9: cannot use "l" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: baz.go:10: cannot use "m" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: baz.go:11: invalid line number: 99999999999999999999999
// CHECK-NEXT: baz.go:12: cannot use "n" (untyped string constant) as int value in variable declaration
// CHECK-NEXT: baz.go:13: invalid line number: -3
// CHECK-NEXT: baz.go:14: cannot use "o" (untyped string constant) as int value in variable declaration
// CHECK-EMPTY:
package p

var z = 0

//line foo.go:0
var a int = "a"
//line foo.go:x
var b int = "b"
//line foo.go:10:0
var c int = "c"
//line foo.go:10:y
var d int = "d"
//line foo.go
var e int = "e"
//line :
var f int = "f"
//line foo.go:1073741825
var g int = "g"
//line foo.go:5:1073741825
var h int = "h"
 //line bar.go:100
var i int = "i"
//linefoo.go:100
var j int = "j"
/*line baz.go:7*/ var k int = "k"
/*line
baz.go:7:1*/ var l int = "l"
var m int = "m"
//line baz.go:99999999999999999999999
var n int = "n"
//line :-3
var o int = "o"
