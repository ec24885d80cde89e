// Bitwise operators &, |, ^, &^ and unary ^ at several widths, used to
// implement a bit set, Gray codes and a parity check.
package main

import "fmt"

type bitset []uint64

func (b bitset) set(i int)      { b[i/64] |= 1 << (uint(i) % 64) }
func (b bitset) clear(i int)    { b[i/64] &^= 1 << (uint(i) % 64) }
func (b bitset) has(i int) bool { return b[i/64]&(1<<(uint(i)%64)) != 0 }

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	b := make(bitset, 3)
	for i := 0; i < 192; i += 7 {
		b.set(i)
	}
	b.clear(63)
	b.clear(70)
	n := 0
	for i := 0; i < 192; i++ {
		if b.has(i) {
			n++
		}
	}
	fmt.Println("bits set:", n, popcount(b[0])+popcount(b[1])+popcount(b[2]))
	fmt.Printf("%016x %016x %016x\n", b[0], b[1], b[2])
	for i := uint8(0); i < 8; i++ {
		g := i ^ i>>1
		fmt.Printf("%d:%03b ", i, g)
	}
	fmt.Println()
	var x int8 = 0x55
	fmt.Println(^x, x&^0x0f, x|-128, x^-1, -x&x)
	var y uint16 = 0xf00f
	fmt.Println(^y, y&^0xff00, y|0x0ff0, y^0xffff)
	par := uint32(0x12345678)
	par ^= par >> 16
	par ^= par >> 8
	par ^= par >> 4
	par ^= par >> 2
	par ^= par >> 1
	fmt.Println("parity:", par&1)
	lowest := 0x6800
	fmt.Println("lowest set bit:", lowest&-lowest)
}
