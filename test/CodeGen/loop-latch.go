// RUN: %goscape build -O2 -o %t %s
// RUN: %t | FileCheck --check-prefix=OUT %s
// RUN: llvm-objdump -d --no-show-raw-insn --disassemble-symbols=main.flips %t | FileCheck %s
// The x86-64 target machine does not pair compares with branches in the
// scheduler (Emit.cpp): a loop whose exit test reads the induction
// variable before its increment keeps the compare above the increment,
// which then updates its register in place, with no copy in the latch.
package main

import "fmt"

// The swap loop's exit test compares the old index register with j; the
// increment follows it in the same register.
// CHECK-LABEL: <main.flips>:
// CHECK: decq %[[J:[a-z0-9]+]]
// CHECK-NEXT: cmpq %[[J]], %[[I:[a-z0-9]+]]
// CHECK-NEXT: leaq {{(0x)?}}1(%[[I]]), %[[I]]
// CHECK-NEXT: jl
func flips(p []int) int {
	n := 0
	for k := p[0]; k != 0; k = p[0] {
		for i, j := 0, k; i < j; i, j = i+1, j-1 {
			p[i], p[j] = p[j], p[i]
		}
		n++
	}
	return n
}

func main() {
	p := []int{3, 1, 4, 0, 2}
	// OUT: 1 [0 4 1 3 2]
	fmt.Println(flips(p), p)
}
