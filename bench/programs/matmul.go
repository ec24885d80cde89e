// matmul: dense matrix multiplication on slices of slices.
//
// Measures: float64 multiply-add in the i-k-j loop order over [][]float64
// rows (a row slice hoisted per iteration, inner loop over a range), the
// pattern where bounds-check elimination and vectorisation matter, then an
// integer matrix power on [][]int64 modulo a prime. Checksum: the trace and
// a weighted sum of the float product, and a digest of the integer power.
package main

import "fmt"

func newMatrix(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	return m
}

func mul(a, b, c [][]float64) {
	n := len(a)
	for i := 0; i < n; i++ {
		ci := c[i]
		for j := range ci {
			ci[j] = 0
		}
		for k := 0; k < n; k++ {
			aik := a[i][k]
			bk := b[k]
			for j, bkj := range bk {
				ci[j] += aik * bkj
			}
		}
	}
}

func mulMod(a, b [][]int64, p int64) [][]int64 {
	n := len(a)
	c := make([][]int64, n)
	for i := range c {
		c[i] = make([]int64, n)
		for k := 0; k < n; k++ {
			aik := a[i][k]
			for j := 0; j < n; j++ {
				c[i][j] = (c[i][j] + aik*b[k][j]) % p
			}
		}
	}
	return c
}

func main() {
	const n = 800
	a, b, c := newMatrix(n), newMatrix(n), newMatrix(n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			a[i][j] = float64((i*7+j*3)%17) / 17
			b[i][j] = float64((i*5+j*11)%23) / 23
		}
	}
	mul(a, b, c)
	mul(c, a, b)
	trace, weighted := 0.0, 0.0
	for i := 0; i < n; i++ {
		trace += b[i][i]
		for j := 0; j < n; j += 37 {
			weighted += b[i][j] * float64(j+1)
		}
	}

	const m = 120
	const p = 1000003
	x := make([][]int64, m)
	for i := range x {
		x[i] = make([]int64, m)
		for j := range x[i] {
			x[i][j] = int64((i*31 + j*17 + 5) % 101)
		}
	}
	pw := x
	for i := 0; i < 8; i++ {
		pw = mulMod(pw, x, p)
	}
	digest := int64(0)
	for i := range pw {
		for j := range pw[i] {
			digest = (digest*131 + pw[i][j]) % p
		}
	}
	fmt.Printf("matmul: n=%d trace=%.6f weighted=%.6f m=%d digest=%d\n",
		n, trace, weighted, m, digest)
}
