// RUN: %goscape ssa %s | FileCheck %s
// String concatenation chains are one concat; += is a concat too.
package p

func join(a, b, c string) string {
	s := a + "-" + b + c
	s += "!"
	return s
}

// CHECK-LABEL: func join(%a string, %b string, %c string) string ; 5:6
// CHECK: %t0 = concat %a, "-":string, %b, %c ; 6:19 undecided
// CHECK: %t1 = concat %t0, "!":string ; 7:4 undecided
