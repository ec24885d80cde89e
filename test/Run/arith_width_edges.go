// Shifts by large counts, MinInt / -1 and % -1 at every width, wrapping
// increments and conversions, and NaN, ±Inf, -0, denormals and the 1e21
// boundary through fmt and println.
package main

import "fmt"

const (
	MinInt64 = -1 << 63
	MaxInt64 = 1<<63 - 1
	MinInt16 = -1 << 15
	MinInt32 = -1 << 31
	MaxUint64 = 1<<64 - 1
	MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
	Smallest = 0x1p-1022 * 0x1p-52
)

var zero float64


type I8 int8

func shifts() {
	var one int64 = 1
	var u8 uint8 = 0x81
	var i8 int8 = -128
	for _, s := range []uint{0, 1, 7, 8, 31, 32, 63, 64, 65, 200, 1 << 40} {
		fmt.Println(s, one<<s, -one>>s, u8<<s, u8>>s, i8>>s, i8<<s, uint32(0xdeadbeef)>>s, int16(-3)<<s)
	}
	var sc int = 3
	fmt.Println(1<<sc, int8(1)<<sc<<sc, uint16(1)<<(sc*5))
	x := 1.0
	_ = x
	var k uint64 = MaxUint64
	fmt.Println(k>>63, k<<63, k>>64)
}

func divmod() {
	mins := []int64{MinInt64, -7, 7, MaxInt64}
	divs := []int64{-1, 1, 2, -2, 3, -3, MinInt64}
	for _, a := range mins {
		for _, b := range divs {
			fmt.Print(a/b, " ", a%b, "; ")
		}
		fmt.Println()
	}
	var a8 int8 = -128
	var m1 int8 = -1
	fmt.Println(a8/m1, a8%m1, a8*m1, -a8)
	var a16 int16 = MinInt16
	var m16 int16 = -1
	fmt.Println(a16/m16, a16%m16, -a16)
	var a32 int32 = MinInt32
	var m32 int32 = -1
	fmt.Println(a32/m32, a32%m32, -a32, a32-1)
	var u uint32 = 7
	fmt.Println(u/2, u%2, -u, ^u, u&^5)
	q := I8(100)
	q += 100
	fmt.Println(q, q*3, q/3)
}

func overflow() {
	var i8 int8 = 127
	var i16 int16 = 32767
	var i32 int32 = 2147483647
	var i64 int64 = 9223372036854775807
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var uptr uintptr = 0
	i8++
	i16++
	i32++
	i64++
	u8++
	u16++
	u32++
	u64++
	uptr--
	fmt.Println(i8, i16, i32, i64, u8, u16, u32, u64, uptr)
	i8 *= 3
	i16 *= 7
	i32 *= 11
	i64 *= 13
	fmt.Println(i8, i16, i32, i64)
	fmt.Println(int8(100+i8), uint8(i8), int16(u16-1), uint32(i32), int64(u64-1))
	var big int64 = 1<<40 + 12345
	fmt.Println(int8(big), int16(big), int32(big), uint8(big), uint16(big), uint32(big))
	var neg int64 = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	var r rune = -1
	fmt.Println(string(r) == "\uFFFD", string(rune(0xD800)), len(string(rune(0x110000))))
}

func floats() {
	nan := zero / zero
	pinf := 1 / zero
	ninf := -1 / zero
	negz := -zero
	den := Smallest
	vals := []float64{nan, pinf, ninf, negz, 0, den, MaxFloat64, 1e21, 1e20, 999999999999999999999.0, 0.000001, 0.0000001}
	for _, v := range vals {
		fmt.Println(v, float32(v))
		fmt.Printf("%v %g %e %.3f %6.1f %+v %x\n", v, v, v, v, v, v, v)
		println(v)
	}
	fmt.Println(nan == nan, nan != nan, nan < 1, pinf > MaxFloat64, negz == 0, 1/negz)
	var f32 float32 = 16777216
	fmt.Println(f32+1, f32+2, float32(0.1)+float32(0.2), 0.1+0.2)
	fmt.Println(int64(float64(1<<62)), int32(float32(-2.9+zero)), uint8(float64(255.9+zero)))
	println(float32(1.5), float32(nan), -0.0, negz)
}

func main() {
	shifts()
	divmod()
	overflow()
	floats()
}
