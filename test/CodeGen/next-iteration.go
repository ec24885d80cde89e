// RUN: %goscape llvm -O2 %s | FileCheck %s
// RUN: %goscape build -O2 -o %t %s
// RUN: %t | FileCheck --check-prefix=OUT %s
// An outer loop computes the quotient of its counter one iteration
// ahead (NextIteration.cpp): the header computes it for x+1 and a phi
// carries it into the next iteration; the preheader computes the first.
package main

import "fmt"

// CHECK-LABEL: define i64 @main.escapeCounts
// CHECK: [[W:%[0-9]+]] = uitofp nneg i64 %1 to double
// CHECK-NEXT: [[Q0:%[0-9]+]] = fdiv double 0.000000e+00, [[W]]
// CHECK-NEXT: [[FIRST:%[0-9]+]] = fadd double [[Q0]], -2.000000e+00
// CHECK: %precomputed = phi double [ [[FIRST]], %{{.*}} ], [ [[NEXT:%[0-9]+]], %{{.*}} ]
// CHECK-NEXT: %next.iter = add i64 [[X:%.*]], 1
// CHECK-NEXT: [[XF:%[0-9]+]] = uitofp nneg i64 %next.iter to double
// CHECK-NEXT: [[M:%[0-9]+]] = fmul double [[XF]], 3.000000e+00
// CHECK-NEXT: [[Q:%[0-9]+]] = fdiv double [[M]], [[W]]
// CHECK-NEXT: [[NEXT]] = fadd double [[Q]], -2.000000e+00
// CHECK: fadd double %precomputed,
// escapeCounts runs, for each column x, an inner loop whose exit depends
// on the data; the column's coordinate is a quotient of x.
func escapeCounts(w int, c float64) int {
	total := 0
	for x := 0; x < w; x++ {
		cr := 3*float64(x)/float64(w) - 2
		z := 0.0
		n := 0
		for ; n < 40 && z*z <= 4; n++ {
			z = z*z + cr + c
		}
		total += n
	}
	return total
}

// CHECK-LABEL: define double @main.fromSlice
// CHECK-NOT: precomputed
// CHECK: {{^}}}
// fromSlice's quotient reads memory: it stays where it is.
func fromSlice(v []float64) float64 {
	s := 0.0
	for i := range v {
		q := v[i] / 7
		for k := 0; float64(k) < q; k++ {
			s += q
		}
	}
	return s
}

func main() {
	fmt.Println(escapeCounts(0, 0), escapeCounts(1, 0.1), escapeCounts(7, 0.25), escapeCounts(1000, -0.5))
	fmt.Println(fromSlice([]float64{1, 20, 35.5}))
}

// OUT: 0 40 210 31005
// OUT-NEXT: 39.14285714285714
