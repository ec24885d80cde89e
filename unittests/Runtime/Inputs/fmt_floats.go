// Prints C++ table rows {bits, "formatted"} for random float64 values
// (random bit patterns, normal values over 40 decades, eighths, values
// exact in float32) formatted with
//   "%v|%e|%.3g|%.17g|%.2f|%v|%g|%.0e|%#g|%x"
// (the sixth operand is float32(f)); its output under Go 1.19 is
// FmtFloatsGC.inc. Regenerate:
//   GO111MODULE=off go run fmt_floats.go > ../FmtFloatsGC.inc.body
package main

import (
	"fmt"
	"math"
	"math/rand"
)

const Format = "%v|%e|%.3g|%.17g|%.2f|%v|%g|%.0e|%#g|%x"

func main() {
	r := rand.New(rand.NewSource(19))
	for n := 0; n < 400; {
		var f float64
		switch n % 4 {
		case 0:
			f = math.Float64frombits(r.Uint64())
		case 1:
			f = r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20))
		case 2:
			f = float64(r.Intn(2000000)) / 8
		default:
			f = float64(float32(r.NormFloat64() * 1000))
		}
		s := fmt.Sprintf(Format, f, f, f, f, f, float32(f), f, f, f, f)
		if math.IsNaN(f) || len(s) > 200 {
			continue // %.2f of huge values is long; they are covered elsewhere.
		}
		fmt.Printf("    {0x%016x, %q},\n", math.Float64bits(f), s)
		n++
	}
}
