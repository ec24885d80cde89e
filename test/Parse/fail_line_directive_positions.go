// RUN: not %goscape check -e %s 2>&1 | FileCheck %s --strict-whitespace
// Positions after line directives, as gc prints them: `//line name:line`
// at the start of a line makes columns unknown up to the next directive,
// `//line name:line:col` and `/*line name:line:col*/` (anywhere on a line)
// count columns on from the given one on their own line; a name with a
// column may be empty to keep the previous name, one without a column is
// an empty name; the name is split from the right, so it may hold colons.
// CHECK: # command-line-arguments
// CHECK-NEXT: other.go:10: '_' must separate successive digits
// CHECK-NEXT: /abs/dir/abs.go:20:15: '_' must separate successive digits
// CHECK-NEXT: inline.go:30:18: '_' must separate successive digits
// CHECK-NEXT: inline.go:40:6: '_' must separate successive digits
// CHECK-NEXT: :50: '_' must separate successive digits
// CHECK-NEXT: nocol.go:60: '_' must separate successive digits
// CHECK-NEXT: nocol.go:70:12: '_' must separate successive digits
// CHECK-NEXT: nocol.go:71:11: '_' must separate successive digits
// CHECK-NEXT: nocol.go:80:11: '_' must separate successive digits
// CHECK-NEXT: c:/win/x.go:90: '_' must separate successive digits
// CHECK-NEXT: c:/win/x.go:101:1: syntax error: unexpected }, expecting expression
// CHECK-EMPTY:
package p

//line other.go:10
var a = 1__0

//line /abs/dir/abs.go:20:5
var b = 1__0

/*line inline.go:30:7*/ var c = 1__0

var d = /*line :40:3*/ 1__0

//line :50
var e = 1__0

//line nocol.go:60
var f = 1__0; var g = /*line :70:9*/ 1__0
var h = 1__0

//line :80:1
var i = 1__0

//line c:/win/x.go:90
var j = 1__0

func f() {
	_ = 1
//line :100:2
	_ = 1 +
}
