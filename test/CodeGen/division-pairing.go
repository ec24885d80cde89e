// RUN: %goscape llvm -O2 %s | FileCheck %s
// RUN: %goscape build -O2 -o %t %s
// RUN: %t | FileCheck --check-prefix=OUT %s
// Two independent scalar divisions of one block become one two-lane
// division (DivisionPairing.cpp), and a loop that sums quotients in
// order is unrolled by two so that its divisions pair. Each lane is
// rounded as the scalar division: the output is gc's.
package main

import "fmt"

// CHECK-LABEL: define double @main.sumQuotients
// CHECK: {{^}}ok:
// CHECK: [[X0:%[0-9]+]] = insertelement <2 x double> poison, double %{{[0-9]+}}, i64 0
// CHECK: [[X:%[0-9]+]] = insertelement <2 x double> [[X0]], double %{{[0-9]+}}, i64 1
// CHECK: [[D0:%[0-9]+]] = insertelement <2 x double> poison, double %{{[0-9]+}}, i64 0
// CHECK: [[D:%[0-9]+]] = insertelement <2 x double> [[D0]], double %{{[0-9]+}}, i64 1
// CHECK: %div.pair = fdiv <2 x double> [[X]], [[D]]
// CHECK: [[Q0:%[0-9]+]] = extractelement <2 x double> %div.pair, i64 0
// CHECK: [[Q1:%[0-9]+]] = extractelement <2 x double> %div.pair, i64 1
// CHECK: [[S:%[0-9]+]] = fadd double %{{.*}}, [[Q0]]
// CHECK: fadd double [[S]], [[Q1]]
// CHECK: br i1 %{{.*}}, !llvm.loop
// sumQuotients divides once per element, off the sum's recurrence: the
// loop is unrolled by two and the two divisions share one divpd; the sum
// still adds in source order.
func sumQuotients(v []float64, k int) float64 {
	s := 0.0
	for j, x := range v {
		s += x / float64(j+k)
	}
	return s
}

// The vectorizer divides four lanes at once here; the loop carries no
// float value, so it gets no unrolling hint.
// CHECK-LABEL: define void @main.scale32
// CHECK: fdiv <4 x float>
// CHECK-NOT: unroll_iter
// CHECK: {{^}}}
// scale32 divides float32 elements in place.
func scale32(v []float32, d float32) {
	for i := range v {
		v[i] = v[i] / d
	}
}

// CHECK-LABEL: define { double, double } @main.ratios
// CHECK: fdiv <2 x double>
// CHECK-NOT: fdiv
// CHECK: ret
// ratios divides twice in straight-line code.
func ratios(a, b, c, d float64) (float64, float64) {
	return a / b, c / d
}

// A loop whose trip count is unknown on entry is not unrolled: its
// copies would keep their exits, in two blocks.
// CHECK-LABEL: define { double, i64 } @main.harmonicUntil
// CHECK: fdiv double
// CHECK-NOT: fdiv
// CHECK: {{^}}}
func harmonicUntil(x float64) (float64, int) {
	s := 0.0
	i := 0
	for ; s < x; i++ {
		s += 1 / float64(i+1)
	}
	return s, i
}

// CHECK-LABEL: define double @main.newton
// CHECK: fdiv double
// CHECK-NOT: <2 x double>
// CHECK: {{^}}}
// newton divides on the loop's recurrence: nothing to pair.
func newton(x float64) float64 {
	z := (x + 1) / 2
	for {
		nz := (z + x/z) * 0.5
		if nz >= z {
			return z
		}
		z = nz
	}
}

func main() {
	var zero float64
	inf := 1 / zero
	for n := 0; n < 6; n++ {
		v := make([]float64, n)
		for i := range v {
			v[i] = float64(i*i) + 0.1
		}
		fmt.Println(n, sumQuotients(v, 3), sumQuotients(v, -2))
	}
	w := []float64{1e-310, -inf, inf, zero, 1e308, 3}
	fmt.Println(sumQuotients(w, 1), sumQuotients(w[1:], -1))
	f := []float32{1, 2, 3, 1e-40, 7}
	scale32(f, 3)
	fmt.Println(f)
	fmt.Println(ratios(1, 3, -2, zero))
	fmt.Println(ratios(zero, zero, 5e-324, 2))
	fmt.Println(newton(2), newton(1e6))
	fmt.Println(harmonicUntil(3))
}

// OUT: 0 0 0
// OUT-NEXT: 1 0.03333333333333333 -0.05
// OUT-NEXT: 2 0.30833333333333335 -1.1500000000000001
// OUT-NEXT: 3 1.1283333333333334 +Inf
// OUT-NEXT: 4 2.645 +Inf
// OUT-NEXT: 5 4.945 +Inf
// OUT-NEXT: NaN +Inf
// OUT-NEXT: [0.33333334 0.6666667 1 3.3333e-41 2.3333333]
// OUT-NEXT: 0.3333333333333333 -Inf
// OUT-NEXT: NaN 0
// OUT-NEXT: 1.414213562373095 1000
// OUT-NEXT: 3.0198773448773446 11
