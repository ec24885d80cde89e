// The print and println builtins write to stderr with the runtime's own
// formatting: integers of every width, bools, strings, floats, runes
// (as numbers), nil; fmt output to stdout interleaves independently.
package main

import "fmt"

func main() {
	println("ints:", int8(-8), int16(-16), int32(-32), int64(-64), 7)
	println("uints:", uint8(200), uint16(60000), uint32(4000000000), uint64(18446744073709551615), uintptr(1))
	println("bool:", true, false, "string:", "hello", "rune:", 'A')
	println("float32:", float32(0.25), "float64:", 1e100, -0.0)
	print("print has no spaces", 1, 2, true, "\n")
	println()
	var e error
	var p *int
	var m map[string]int
	var s []int
	println("nils:", e == nil, p == nil, m == nil, s == nil)
	for i := 0; i < 3; i++ {
		print(i)
	}
	println()
	fmt.Println("stdout line")
	big := 1 << 62
	println(big, -big, big*2)
}
