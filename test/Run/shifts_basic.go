// Shifts with variable counts: counts at or beyond the width give 0 (or -1
// for negative signed values shifted right); shift counts of every
// unsigned and signed type.
package main

import "fmt"

func main() {
	one8, one16, one32, one64 := uint8(1), uint16(1), uint32(1), uint64(1)
	for _, n := range []uint{0, 1, 7, 8, 15, 16, 31, 32, 63, 64, 65, 200, 1000} {
		fmt.Println(n, one8<<n, one16<<n, one32<<n, one64<<n)
	}
	neg := int64(-1000)
	pos := int64(1000)
	for _, n := range []uint8{0, 3, 10, 62, 63, 64, 255} {
		fmt.Println("n =", n, neg>>n, pos>>n, neg<<n, pos<<n)
	}
	var s8 int8 = -128
	var cnt int = 3
	fmt.Println(s8>>cnt, s8<<1, int8(64)<<cnt, uint8(s8)>>cnt)
	var c32 int32 = 5
	var c16 int16 = 4
	var c64 uint64 = 70
	x := 0xabcd
	fmt.Println(x>>c32, x<<c16, x>>c64, x<<c64)
	var big uint64 = 1 << 63
	fmt.Println(big, big>>63, big<<1)
	const k = 1 << 100 >> 98
	fmt.Println("constant shift:", k)
	bits := 0
	for v := uint32(0xf0f0f0f0); v != 0; v >>= 1 {
		bits += int(v & 1)
	}
	fmt.Println("popcount 0xf0f0f0f0 =", bits)
}
