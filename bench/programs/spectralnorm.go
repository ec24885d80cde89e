// spectralnorm: floating-point division and multiply-add over slices.
//
// Measures: the spectral norm of the infinite matrix A(i,j) =
// 1/((i+j)(i+j+1)/2+i+1) truncated to n x n, by ten power iterations of
// A^T A; the kernel is two nested loops over float64 slices with an integer
// index computation and a division per element. Four slices are allocated
// once. Checksum: the norm to nine decimals.
package main

import "fmt"

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func mulAv(v, av []float64) {
	for i := range av {
		s := 0.0
		for j, x := range v {
			s += a(i, j) * x
		}
		av[i] = s
	}
}

func mulAtv(v, atv []float64) {
	for i := range atv {
		s := 0.0
		for j, x := range v {
			s += a(j, i) * x
		}
		atv[i] = s
	}
}

func mulAtAv(v, out, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

// sqrt computes the square root of x > 0 by Newton's iteration.
func sqrt(x float64) float64 {
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
	const n = 3500
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	fmt.Printf("spectralnorm: n=%d norm %.9f\n", n, sqrt(vBv/vv))
}
