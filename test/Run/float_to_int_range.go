// Conversions of float32 and float64 values to every integer type when the
// value is out of the type's range, NaN or infinite: gc on amd64 gives
// definite values (its CVTT instructions' 0x80...0 and the truncation of
// a 32- or 64-bit conversion), which goscape reproduces.
package main

import "fmt"

var values64 = []float64{
	0, -0.9, 0.9, -1.5, 1.5, 127.9, 128, -128.5, -129, 255.5, 256, 300.7,
	-300.7, 32767.9, 32768, -32769, 65535.9, 65536, 70000.5, -70000.5,
	2147483647.5, 2147483648, -2147483648.9, -2147483649, 3e9, -3e9,
	4294967295.5, 4294967296, 4294967301, 1e15, -1e15,
	9223372036854774784, 9223372036854775808, -9223372036854775808,
	-9223372036854777856, 18446744073709549568, 18446744073709551616,
	1e20, -1e20, 1e300, -1e300,
}

var zero float64

func special() []float64 {
	nan, inf := zero/zero, 1/zero
	return []float64{nan, inf, -inf, -nan}
}

func show64(x float64) {
	fmt.Println(x, "->", int8(x), int16(x), int32(x), int64(x), int(x),
		uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
}

func show32(x float32) {
	fmt.Println(x, "->", int8(x), int16(x), int32(x), int64(x), int(x),
		uint8(x), uint16(x), uint32(x), uint64(x), uint(x), uintptr(x))
}

type Celsius float64
type Small int8
type Big uint64

func main() {
	for _, v := range append(values64, special()...) {
		show64(v)
	}
	for _, v := range append(values64, special()...) {
		show32(float32(v))
	}
	c := Celsius(1 / zero)
	fmt.Println(Small(c), Big(c), Small(-c), Big(-c))
	sum := 0
	for i := 0; i < 100; i++ {
		f := float64(i) * 1e17
		sum += int(int32(f)) + int(uint16(f)) + int(uint64(f)>>40)
	}
	fmt.Println(sum)
}
