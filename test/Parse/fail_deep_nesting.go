// Nesting is bounded: 100,000 nested parentheses, braces, composite
// literals, pointer types and unary operators are rejected with an error
// (gc has no limit; goscape must not run out of stack).
// RUN: python3 -c 'n=100000; print("package p"); print("var x = " + "(" * n + "1" + ")" * n)' > %t.paren.go
// RUN: not %goscape check %t.paren.go 2>&1 | FileCheck %s
// RUN: python3 -c 'n=100000; print("package p"); print("func f() {" + "{" * n + "}" * n + "}")' > %t.brace.go
// RUN: not %goscape check %t.brace.go 2>&1 | FileCheck %s
// RUN: python3 -c 'n=100000; print("package p"); print("var x = " + "[]interface{}{" * n + "}" * n)' > %t.complit.go
// RUN: not %goscape check %t.complit.go 2>&1 | FileCheck %s
// RUN: python3 -c 'n=100000; print("package p"); print("var x " + "*" * n + "int")' > %t.ptr.go
// RUN: not %goscape check %t.ptr.go 2>&1 | FileCheck %s
// RUN: python3 -c 'n=100000; print("package p"); print("var x = " + "^" * n + "1")' > %t.unary.go
// RUN: not %goscape check %t.unary.go 2>&1 | FileCheck %s
// RUN: python3 -c 'n=100000; print("package p"); print("func f() {" + "if true {" * n + "}" * n + "}")' > %t.if.go
// RUN: not %goscape check %t.if.go 2>&1 | FileCheck %s
// CHECK: # command-line-arguments
// The error stands past column 254, which gc's positions cannot hold: no
// column is printed.
// CHECK-NEXT: {{.*}}.go:2: syntax error: nesting too deep
// CHECK-NOT: error
