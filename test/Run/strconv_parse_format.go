// strconv.ParseInt over bases 0 (prefixes, underscores), 2..36 and invalid
// ones, bit sizes with clamping on range errors, the NumError texts;
// FormatInt in every base and FormatBool.
package main

import (
	"fmt"
	"strconv"
)

type parseCase struct {
	s       string
	base    int
	bitSize int
}

func main() {
	cases := []parseCase{
		{"0", 10, 64}, {"-0", 10, 64}, {"+42", 10, 64}, {"42", 0, 64}, {"0x1F", 0, 64}, {"0X1f", 0, 64},
		{"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"0", 0, 64}, {"0x", 0, 64}, {"08", 0, 64},
		{"1_000_000", 0, 64}, {"1__0", 0, 64}, {"_1", 0, 64}, {"1_", 0, 64}, {"0x_ff", 0, 64}, {"1_000", 10, 64},
		{"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8}, {"32767", 10, 16}, {"65536", 10, 16},
		{"9223372036854775807", 10, 64}, {"9223372036854775808", 10, 64}, {"-9223372036854775808", 10, 0},
		{"-9223372036854775809", 10, 0}, {"99999999999999999999999", 10, 64}, {"zz", 36, 64}, {"ZZ", 36, 64},
		{"ff", 16, 32}, {"-ffffffff", 16, 32}, {"777", 8, 64}, {"8", 8, 64}, {"102", 2, 64}, {"", 10, 64},
		{"-", 10, 64}, {"+", 10, 64}, {"+-1", 10, 64}, {" 1", 10, 64}, {"1 ", 10, 64}, {"1", 1, 64},
		{"1", 37, 64}, {"1", -1, 64}, {"1", 10, 65}, {"1", 10, -1}, {"x", 10, 65}, {"１", 10, 64}, {"0b", 0, 64},
		{"-0x8000000000000000", 0, 64}, {"0x8000000000000000", 0, 64}, {"1e3", 10, 64}, {"3.0", 10, 64},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, c.bitSize)
		fmt.Printf("ParseInt(%q, %d, %d) = %d, %v\n", c.s, c.base, c.bitSize, v, err)
	}
	for _, v := range []int64{0, 1, -1, 35, 36, 255, -255, 1 << 40, -1 << 63, 1<<63 - 1} {
		fmt.Print(v, ":")
		for _, b := range []int{2, 3, 8, 10, 16, 36} {
			fmt.Print(" ", strconv.FormatInt(v, b))
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(1 > 2), strconv.Itoa(-7)+strconv.FormatInt(7, 10))
	total := int64(0)
	for _, tok := range []string{"10", "0x10", "0b10", "0o10", "bad", "1_0"} {
		n, err := strconv.ParseInt(tok, 0, 32)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		total += n
	}
	fmt.Println("total", total)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(strconv.FormatInt(5, 1))
}
