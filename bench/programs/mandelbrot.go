// mandelbrot: a float64 escape-time loop with an integer bit checksum.
//
// Measures: the Mandelbrot set sampled on a size x size grid (50 iterations
// per point, escape radius 2), packing eight points per byte as the
// benchmark's PBM output would, but folding the bytes into a checksum
// instead of writing an image. Pure register arithmetic; one row buffer.
// Checksum: the number of points inside the set and a hash of the bytes.
package main

import "fmt"

func main() {
	const size = 3000
	const iter = 50
	row := make([]byte, (size+7)/8)
	inside := 0
	hash := uint32(2166136261)
	for y := 0; y < size; y++ {
		ci := 2*float64(y)/size - 1
		for i := range row {
			row[i] = 0
		}
		for x := 0; x < size; x++ {
			cr := 2*float64(x)/size - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			n := 0
			for ; n < iter && tr+ti <= 4; n++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			if tr+ti <= 4 {
				row[x/8] |= 0x80 >> uint(x%8)
				inside++
			}
		}
		for _, b := range row {
			hash = (hash ^ uint32(b)) * 16777619
		}
	}
	fmt.Printf("mandelbrot: size=%d inside=%d hash=%08x\n", size, inside, hash)
}
