// Matrix multiplication over int and float64, identity checks, matrix
// power by squaring (Fibonacci numbers), and a transpose product.
package main

import "fmt"

type Mat [][]int64

func newMat(n, m int) Mat {
	a := make(Mat, n)
	for i := range a {
		a[i] = make([]int64, m)
	}
	return a
}

func (a Mat) Mul(b Mat) Mat {
	c := newMat(len(a), len(b[0]))
	for i := range a {
		for k := range b {
			for j := range b[0] {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func identity(n int) Mat {
	m := newMat(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func (a Mat) Pow(e int) Mat {
	r := identity(len(a))
	for e > 0 {
		if e&1 == 1 {
			r = r.Mul(a)
		}
		a = a.Mul(a)
		e >>= 1
	}
	return r
}

func matmulF(a, b [][]float64) [][]float64 {
	n, m, p := len(a), len(b), len(b[0])
	c := make([][]float64, n)
	for i := 0; i < n; i++ {
		c[i] = make([]float64, p)
		for j := 0; j < p; j++ {
			s := 0.0
			for k := 0; k < m; k++ {
				s += a[i][k] * b[k][j]
			}
			c[i][j] = s
		}
	}
	return c
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}}
	b := Mat{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(a.Mul(b))
	fmt.Println(b.Mul(a))
	fib := Mat{{1, 1}, {1, 0}}
	for _, n := range []int{1, 2, 10, 50, 90} {
		fmt.Println("fib", n, fib.Pow(n)[0][1])
	}
	n := 40
	x := newMat(n, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			x[i][j] = int64((i*31+j*17)%13 - 6)
		}
	}
	y := x.Mul(x).Mul(x)
	var trace, sum int64
	for i := 0; i < n; i++ {
		trace += y[i][i]
		for j := 0; j < n; j++ {
			sum += y[i][j]
		}
	}
	fmt.Println("trace", trace, "sum", sum)
	fa := [][]float64{{0.5, 1.5}, {-2, 0.25}}
	fb := [][]float64{{2, 0}, {1, 4}}
	fmt.Println(matmulF(fa, fb))
	fmt.Printf("%.4f\n", matmulF(matmulF(fa, fa), fb))
}
