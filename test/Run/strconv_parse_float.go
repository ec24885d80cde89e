// strconv.ParseFloat at both bit sizes over decimal and hexadecimal
// literals, underscores, the special values, syntax and range errors.

package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	more()
	for _, s := range []string{"+nan", "-Inf", "Infin", "infinityx", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "1e-45", "0x.p1", "0x.1p1", "1_e5", "0x1_p1", "1e1_0", "1e_10", ".e1", "1.2.3", "--1", "+-1", "0x1P+1", "1e+_1", "0_1", "0x1.", "0x1.p0", "1.5e-7_", "12345678901234567890123456789e-20", "-0x1p0", "0xABCp-4", "1.000000000000000000000000000000000000000001", "5e-325", "+", "-", "e5", "0e0", "0x0p0", "1e08", "1e-0"} {
		v, err := strconv.ParseFloat(s, 64)
		f, err2 := strconv.ParseFloat(s, 32)
		var ne interface{ Unwrap() error }
		fmt.Printf("%q: %v %v | %v %v | %v\n", s, v, err, f, err2, errors.As(err, &ne))
	}
	v, err := strconv.ParseFloat("1e5", 16)
	fmt.Println(v, err)
}
func more() {
	for _, s := range []string{"1.5", "-0", "+3", ".5", "5.", ".", "", "1e3", "1E-3", "1e", "1e+", "0x1p-2", "0x1.8p1", "0x1", "0X.8P0", "1_000", "1_000.5", "0x_1p0", "_1", "1__0", "inf", "+Inf", "-infinity", "INFINITY", "nan", "NaN", "-nan", "infx", "1e400", "-1e400", "1e-400", "3.4e38", "3.5e38", "1e-50", " 1", "1 ", "0b101", "0o7", "012", "1.5f", "0x1p", "1.e5", "00.1e0001", "4.9406564584124654e-324", "2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623159e308", "0x1.fffffffffffff8p1023", "9007199254740993"} {
		v, err := strconv.ParseFloat(s, 64)
		f, err2 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q: %v %v | %v %v\n", s, v, err, f, err2)
	}
}
