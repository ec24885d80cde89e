// Float64 algorithms: Newton square roots, series for pi and e, NaN
// comparisons, integer part extraction and rounding helpers.
package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func round(x float64) float64 {
	if x < 0 {
		return -round(-x)
	}
	return float64(int64(x + 0.5))
}

func main() {
	for _, v := range []float64{2, 9, 10, 1e10, 0.25} {
		fmt.Printf("sqrt(%g) = %.12f\n", v, sqrt(v))
	}
	pi := 0.0
	sign := 1.0
	for k := 0; k < 100000; k++ {
		pi += sign * 4 / float64(2*k+1)
		sign = -sign
	}
	fmt.Printf("pi ~ %.6f\n", pi)
	e, term := 1.0, 1.0
	for n := 1; n < 20; n++ {
		term /= float64(n)
		e += term
	}
	fmt.Println("e =", e)
	z := 0.0
	nan := z / z
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, 1.0 < 2.0)
	for _, v := range []float64{2.5, -2.5, 2.4999, 0.5, -0.5, 1e15 + 0.3} {
		fmt.Println(v, round(v))
	}
	mx := -1e308
	for _, v := range []float64{3, -7, 1e5, 42.5} {
		if v > mx {
			mx = v
		}
	}
	fmt.Println("max", mx)
	huge := 1e308
	fmt.Println(7.0/2, -7.0/2, huge*10, -huge*10)
}
