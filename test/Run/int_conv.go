// Integer conversions: truncation, sign and zero extension, float to
// integer truncation toward zero, integer to float rounding.
package main

import "fmt"

func main() {
	vals := []int64{0, 1, -1, 127, 128, 255, 256, -128, -129, 65535, 65536, -32769, 1 << 31, -(1 << 31) - 1, 1<<40 + 5}
	for _, v := range vals {
		fmt.Println(v, int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), uint64(v))
	}
	var u8 uint8 = 200
	var i8 int8 = -56
	fmt.Println(int(u8), int(i8), uint(u8), uint16(i8), uint32(i8), int64(u8))
	floats := []float64{0.9, -0.9, 2.5, -2.5, 1e9, -1e9, 123456.789, 4294967295.0}
	for _, f := range floats {
		fmt.Println(f, int(f), int64(f), int32(f/1000), uint32(f*0+3.99))
	}
	big := int64(1<<53 + 1)
	fmt.Println(big, float64(big), int64(float64(big)))
	var f32 float32 = 16777217
	fmt.Println(f32, int32(f32))
	x := 7
	y := 2
	fmt.Println(float64(x)/float64(y), float64(x/y), x/y)
	fmt.Println(uint8(int8(-1)+int8(y)), int8(uint8(250)+uint8(x)))
}
