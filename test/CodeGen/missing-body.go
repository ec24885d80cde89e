// RUN: cd %S && not %goscape build -gcflags=-m -o %t missing-body.go 2>&1 | FileCheck %s --implicit-check-not=error
// RUN: cd %S && not %goscape build -gcflags='-m -complete=false' -o %t missing-body.go 2>&1 | FileCheck %s --check-prefix=ANALYSED
// RUN: cd %S && not %goscape build -gcflags=-complete=maybe -o %t missing-body.go 2>&1 | FileCheck %s --check-prefix=BADFLAG
// A function or method of package main declared without a body is gc's
// `missing function body` at the token after `func` (a method's receiver
// `(`), reported right after type checking as go build's -complete makes
// gc do it, so nothing is analysed (no -m lines) and the exit status is 1.
// CHECK: # command-line-arguments
// CHECK-NEXT: ./missing-body.go:24:6: missing function body
// CHECK-NEXT: ./missing-body.go:26:6: missing function body
// CHECK-NEXT: ./missing-body.go:28:6: missing function body
// CHECK-NOT: {{.}}
// With -complete=false (gc's compiler without go build) the functions and
// methods are analysed (gc's assumptions: pointer parameters leak), and
// the build fails where their code would be linked.
// ANALYSED: # command-line-arguments
// ANALYSED: ./missing-body.go:24:8: leaking param: x
// ANALYSED: ./missing-body.go:26:7: leaking param: t
// ANALYSED: ./missing-body.go:26:15: leaking param: q
// ANALYSED: ./missing-body.go:24:6: missing function body
// BADFLAG: invalid boolean value in -gcflags: -complete=maybe
package main

func f(x *int) *int

func (t *T) M(q *int)

func main()

type T struct{ p *int }

func g() *int {
	x := new(int)
	return f(x)
}

func h(t *T) {
	var v int
	t.M(&v)
}
