// Signed right shifts are arithmetic, left shifts wrap; rotation helpers
// built from shifts; shifts of signed counts that are not negative.
package main

import "fmt"

func rotl32(x uint32, k int) uint32 { return x<<(k&31) | x>>((32-k)&31) }
func rotr8(x uint8, k int) uint8    { return x>>(k&7) | x<<((8-k)&7) }

func main() {
	for _, v := range []int32{-1, -2, -7, -2147483648, 2147483647, 12345} {
		fmt.Println(v, v>>1, v>>4, v>>31, v<<1, v<<31)
	}
	for _, v := range []int16{-32768, -3, 3} {
		k := 15
		fmt.Println(v, v>>k, v<<k, v>>uint(k+1))
	}
	x := uint32(0x12345678)
	for k := 0; k <= 32; k += 4 {
		fmt.Printf("rotl(%d) = %08x\n", k, rotl32(x, k))
	}
	fmt.Println(rotr8(0x81, 1), rotr8(0x81, 4), rotr8(1, 9))
	n := -17
	fmt.Println("-17>>1 =", n>>1, "-17/2 =", n/2, "-17>>2 =", n>>2, "-17/4 =", n/4)
	var sh int = 2
	fmt.Println("1<<sh (untyped const on left becomes int) =", 1<<sh)
	var f8 int8 = 1
	f8 <<= 7
	fmt.Println("int8 1<<7 =", f8)
}
