// strconv.FormatFloat over every format byte (an unknown one too), the
// shortest and fixed precisions, bit sizes 32 and 64, the special values
// and the panic for another bit size.

package main

import (
	"fmt"
	"strconv"
)

func main() {
	zero := 0.0
	nan, inf := zero/zero, 1/zero
	_ = inf
	vals := []float64{0, -0.0, 1, -2.5, 3.14159265358979, 1e21, 1e-7, 123456789.125, 0.1, 2.0 / 3, 1e300 * 10}
	for _, v := range vals {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'z'} {
			for _, p := range []int{-1, 0, 3} {
				fmt.Print(strconv.FormatFloat(v, f, p, 64), " ", strconv.FormatFloat(v, f, p, 32), " ")
			}
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatFloat(nan, 'z', 2, 64), strconv.FormatFloat(-nan*0+inf, 'e', 1, 64), strconv.FormatFloat(-zero, 'g', -1, 64))
	defer func() { fmt.Println(recover()) }()
	strconv.FormatFloat(1, 'f', 1, 16)
}
