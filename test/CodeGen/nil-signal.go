// RUN: %goscape build -O0 -o %t %s
// RUN: not %t 2> %t.err
// RUN: FileCheck %s < %t.err
// RUN: %goscape build -O0 -o %t.w %S/../Run/nil_wrapper_receivers.go
// RUN: %t.w | diff %S/../Run/nil_wrapper_receivers.out -
// An explicit nil check (here of &*p, which only computes an address)
// reports its panic as gc reports every nil dereference, with the signal
// line: gc's nil checks are faults. test/Run/nil_wrapper_receivers.go
// runs at -O2; the RUN lines above also run it at -O0 (a boxed struct
// holding one pointer, stored to a package variable, must outlive init).
// CHECK: panic: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
package main

type T struct{ a int }

var sink *T

func main() {
	var p *T
	sink = &*p
}
